import { SOURCES, type Source } from '@synth/schema';
import { CheckTally, quote } from './check-tally';

/** `truth_complete`: truth rows against the record ids seen, resolved at the end. */
export class TruthChecker {
  readonly tally = new CheckTally('truth_complete');
  private readonly truthIds = new Map<Source, Set<string>>(SOURCES.map((s) => [s, new Set<string>()]));
  private rows = 0;

  constructor(private readonly file: string) {}

  add(row: Record<string, string>, line?: number): void {
    this.rows++;
    this.tally.checked++;
    const where = `${this.file} ${line === undefined ? `row ${this.rows}` : `line ${line}`}`;
    const source = row['source'] ?? '';
    const id = row['id'] ?? '';
    const ids = this.truthIds.get(source as Source);
    if (!ids) return this.tally.fail(`${where}: source ${quote(source)} is not leads, sales or financial`);
    if (id === '') return this.tally.fail(`${where}: id is empty`);
    if (ids.has(id)) return this.tally.fail(`${where}: ${source} id ${quote(id)} has a second truth row`);
    ids.add(id);
  }

  /** Every record needs a truth row and every truth row a record. */
  finish(records: ReadonlyMap<Source, ReadonlySet<string>>, files: Record<Source, string>): void {
    for (const source of SOURCES) {
      const truth = this.truthIds.get(source) ?? new Set<string>();
      const ids = records.get(source) ?? new Set<string>();
      this.tally.checked += ids.size;
      for (const id of ids) if (!truth.has(id)) this.tally.fail(`${files[source]}: id ${quote(id)} has no truth row`);
      for (const id of truth) {
        if (!ids.has(id)) this.tally.fail(`${this.file}: ${source} id ${quote(id)} is not in ${files[source]}`);
      }
    }
    this.tally.detail = { truthRows: this.rows };
  }
}
