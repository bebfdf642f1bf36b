import { SOURCES, type Source } from '@synth/schema';
import { CheckTally, quote } from './check-tally';
import { HashSet64 } from './hash-set-64';

/**
 * `truth_complete`: truth rows against the record ids. Truth ids are kept as 64-bit hashes only; a
 * truth row whose record is not known yet is remembered and resolved at the end.
 */
export class TruthChecker {
  readonly tally = new CheckTally('truth_complete');
  private readonly truthIds = new Map<Source, HashSet64>(SOURCES.map((s) => [s, new HashSet64()]));
  private readonly unmatched: { source: Source; id: string }[] = [];
  private rows = 0;

  constructor(
    private readonly file: string,
    private readonly records: ReadonlyMap<Source, ReadonlySet<string>>,
  ) {}

  add(row: Record<string, string>, line?: number): void {
    this.rows++;
    this.tally.checked++;
    const where = `${this.file} ${line === undefined ? `row ${this.rows}` : `line ${line}`}`;
    const source = (row['source'] ?? '') as Source;
    const id = row['id'] ?? '';
    const ids = this.truthIds.get(source);
    if (!ids) return this.tally.fail(`${where}: source ${quote(source)} is not leads, sales or financial`);
    if (id === '') return this.tally.fail(`${where}: id is empty`);
    if (!ids.addString(id)) return this.tally.fail(`${where}: ${source} id ${quote(id)} has a second truth row`);
    if (!this.records.get(source)?.has(id)) this.unmatched.push({ source, id });
  }

  /** Every record needs a truth row and every truth row a record. */
  finish(files: Record<Source, string>): void {
    for (const source of SOURCES) {
      const truth = this.truthIds.get(source) as HashSet64;
      const ids = this.records.get(source) ?? new Set<string>();
      this.tally.checked += ids.size;
      for (const id of ids)
        if (!truth.hasString(id)) this.tally.fail(`${files[source]}: id ${quote(id)} has no truth row`);
    }
    for (const { source, id } of this.unmatched) {
      if (!this.records.get(source)?.has(id))
        this.tally.fail(`${this.file}: ${source} id ${quote(id)} is not in ${files[source]}`);
    }
    this.tally.detail = { truthRows: this.rows };
  }
}
