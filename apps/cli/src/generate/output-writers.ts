import path from 'node:path';
import { createCsvWriter, createParquetWriter } from '@synth/io';
import type { CsvRow, ParquetRow, TableWriter } from '@synth/io';
import { featureNames } from '@synth/features';
import { pairColumns, pairToRow } from '@synth/pairing';
import type { Split } from '@synth/pairing';
import type { Source } from '@synth/schema';
import type { BlockContext } from './block-context';
import { SOURCES, TRUTH_COLUMNS } from './block-context';
import type { BlockResult } from './process-block';

export const SPLITS: readonly Split[] = ['train', 'valid', 'test'];

/** Every output file of `synth generate` except the reports, open as temporaries until `close()`. */
export class OutputWriters {
  readonly sources: Record<Source, TableWriter<CsvRow>>;
  readonly truth: TableWriter<CsvRow>;
  readonly splits: Record<Split, TableWriter<ParquetRow>>;
  readonly pairsCsv: TableWriter<CsvRow>;
  private readonly all: TableWriter<never>[];

  constructor(ctx: BlockContext) {
    const { outdir, pairsOut } = ctx.options;
    this.sources = {} as Record<Source, TableWriter<CsvRow>>;
    for (const source of SOURCES) this.sources[source] = createCsvWriter(path.join(outdir, `${source}.csv`), ctx.columns[source]);
    this.truth = createCsvWriter(path.join(outdir, 'truth.csv'), [...TRUTH_COLUMNS]);
    const columns = pairColumns(featureNames);
    this.splits = {} as Record<Split, TableWriter<ParquetRow>>;
    for (const split of SPLITS) this.splits[split] = createParquetWriter(path.join(pairsOut, `${split}.parquet`), columns);
    this.pairsCsv = createCsvWriter(path.join(pairsOut, 'pairs.csv'), columns.map((c) => c.name));
    this.all = [...Object.values(this.sources), this.truth, ...Object.values(this.splits), this.pairsCsv] as TableWriter<never>[];
  }

  /** Appends one block's rows to every file, in block order (the caller's job). */
  async write(result: BlockResult): Promise<void> {
    for (const source of SOURCES) await this.sources[source].writeMany(result.rows[source]);
    await this.truth.writeMany(result.truth);
    for (const pair of result.pairs) {
      const row = pairToRow(pair);
      await this.splits[pair.split].write(row);
      await this.pairsCsv.write(csvRow(row));
    }
  }

  /** Final paths, for the summary and the validation pass. */
  get paths(): string[] {
    return this.all.map((w) => w.path);
  }

  /** Closes every file: each temporary is renamed to its final name. */
  async close(): Promise<void> {
    for (const writer of this.all) await writer.close();
  }

  /** Removes every temporary; earlier files at the final paths stay as they were. */
  async abort(): Promise<void> {
    for (const writer of this.all) await writer.abort();
  }
}

function csvRow(row: Record<string, string | number | null>): CsvRow {
  const out: CsvRow = {};
  for (const key in row) {
    const v = row[key];
    out[key] = v === null ? '' : String(v);
  }
  return out;
}
