import path from 'node:path';
import { readCsvHeader, readCsvRecords, readParquet } from '@synth/io';
import type { Split } from '@synth/features';
import type { Source } from '@synth/features';
import { SOURCES } from '@synth/features';
import { ExportError } from './export-error';
import type { ExportDatasetFiles } from './find-dataset-files';
import type { PiiDetector } from './pii-detector';
import { sharedColumns } from './shared-columns';

/** One source record as read, with where it came from. */
export interface SourceRecord {
  source: Source;
  row: Record<string, string>;
}

/** The key and label fields of one pair row (the parquet's `src_a, id_a, src_b, id_b, y, pair_kind, split`). */
export interface PairRef {
  srcA: Source;
  idA: string;
  srcB: Source;
  idB: string;
  y: number;
  pairKind: string;
  split: Split;
}

const isSource = (s: unknown): s is Source => (SOURCES as readonly unknown[]).includes(s);

/**
 * A dataset opened for export: the ground truth held as one `id → entity_id` map per source (one entry
 * per record), the columns the sources share, and streams of its records and pairs. Ids are checked for
 * collisions between sources: `unique_id` is the source id when ids are unique across sources, else
 * `<source>-<id>`.
 */
export class ExportDataset {
  private constructor(
    readonly files: ExportDatasetFiles,
    readonly headers: Record<Source, string[]>,
    private readonly entities: Record<Source, Map<string, string>>,
    /** Whether some id appears in two sources (then `unique_id` is prefixed with the source). */
    readonly idsCollide: boolean,
  ) {}

  /** Reads every source header and truth.csv. */
  static async open(files: ExportDatasetFiles): Promise<ExportDataset> {
    const headers = {} as Record<Source, string[]>;
    for (const source of SOURCES) {
      headers[source] = await readCsvHeader(files.sources[source][0]);
      for (const file of files.sources[source]) {
        if (!(await readCsvHeader(file)).includes('id')) {
          throw new ExportError(`${file} has no id column: not a synth source file.`, file);
        }
      }
    }
    const entities: Record<Source, Map<string, string>> = { leads: new Map(), sales: new Map(), financial: new Map() };
    for (const file of files.truth) {
      for await (const { row, line } of readCsvRecords(file)) {
        const { source, id, entity_id: entity } = row;
        if (!isSource(source) || !id || !entity) {
          const where = `${path.basename(file)} line ${line}`;
          throw new ExportError(`${where}: needs source (leads, sales or financial), id and entity_id.`, file);
        }
        entities[source].set(id, entity);
      }
    }
    const [a, b, c] = SOURCES.map((s) => entities[s]);
    const overlaps = (x: Map<string, string>, y: Map<string, string>) => [...x.keys()].some((id) => y.has(id));
    const idsCollide = overlaps(a, b) || overlaps(a, c) || overlaps(b, c);
    return new ExportDataset(files, headers, entities, idsCollide);
  }

  /** The columns every source has, renamed alike (see `sharedColumns`). */
  get shared(): string[] {
    return sharedColumns(this.headers);
  }

  /** How `unique_id` is formed, in words (for stdout and the READMEs). */
  get uniqueIdRule(): string {
    return this.idsCollide
      ? 'unique_id is "<source_dataset>-<id>": some ids appear in more than one source'
      : 'unique_id is the source id: ids are unique across the three sources';
  }

  uniqueId(source: Source, id: string): string {
    return this.idsCollide ? `${source}-${id}` : id;
  }

  /** The truth's `entity_id` of a record, or an {@link ExportError} naming the record. */
  clusterOf(source: Source, id: string): string {
    const entity = this.entities[source].get(id);
    if (entity === undefined) {
      throw new ExportError(`${source} id ${id} is not in truth.csv: the dataset is incomplete or mixed.`);
    }
    return entity;
  }

  /** Records per source, in truth.csv. */
  recordCounts(): Record<Source, number> {
    const { leads, sales, financial } = this.entities;
    return { leads: leads.size, sales: sales.size, financial: financial.size };
  }

  /**
   * Every record of every source (leads, sales, financial; part files in shard order), each checked to
   * have a truth entry; `pii` sees every row, so its mode is known once the stream is done.
   */
  async *records(pii: PiiDetector): AsyncGenerator<SourceRecord> {
    for (const source of SOURCES) {
      for (const file of this.files.sources[source]) {
        for await (const { row, line } of readCsvRecords(file)) {
          if (!this.entities[source].has(row['id'])) {
            throw new ExportError(`${path.basename(file)} line ${line}: id ${row['id']} is not in truth.csv.`, file);
          }
          pii.add(row);
          yield { source, row };
        }
      }
    }
  }

  /** Every pair of the given splits, each of whose ids is checked to be a record of the dataset. */
  async *pairs(splits: readonly Split[]): AsyncGenerator<PairRef> {
    for (const split of splits) {
      for (const file of this.files.pairs[split]) {
        for await (const p of readParquet(file)) {
          const [srcA, idA, srcB, idB] = [p['src_a'], String(p['id_a']), p['src_b'], String(p['id_b'])];
          if (!isSource(srcA) || !isSource(srcB) || !this.entities[srcA].has(idA) || !this.entities[srcB].has(idB)) {
            const what = `pair ${srcA} ${idA} / ${srcB} ${idB}`;
            throw new ExportError(`${path.basename(file)}: ${what} names a record the sources do not hold.`, file);
          }
          yield { srcA, idA, srcB, idB, y: Number(p['y']), pairKind: String(p['pair_kind'] ?? ''), split };
        }
      }
    }
  }
}
