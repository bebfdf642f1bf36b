import path from 'node:path';
import { createCsvWriter, createParquetWriter } from '@synth/io';
import type { CommitGroup, CsvTableWriter, ParquetRow, TableWriter } from '@synth/io';
import type { DatasetFiles } from './validate-outputs';
import { featureNames } from '@synth/features';
import { pairColumns } from '@synth/pairing';
import type { Split } from '@synth/pairing';
import type { Source } from '@synth/schema';
import type { BlockContext } from './block-context';
import { SOURCES, TRUTH_COLUMNS } from './block-context';
import { PAIR_CSV_COLUMNS } from './process-block';
import type { BlockResult } from './process-block';

export const SPLITS: readonly Split[] = ['train', 'valid', 'test'];

/** Every output file of `synth generate` except the reports, open as temporaries until `close()`. */
export class OutputWriters {
  readonly sources: Record<Source, CsvTableWriter>;
  readonly truth: CsvTableWriter;
  readonly splits: Record<Split, TableWriter<ParquetRow>>;
  readonly pairsCsv: CsvTableWriter;
  private readonly all: TableWriter<never>[];

  /** `suffix` is a shard's `.part-KKKKK-of-NNNNN` ('' for a whole run): `leads.part-00003-of-00016.csv`. */
  constructor(ctx: BlockContext, suffix = '', group?: CommitGroup) {
    const { outdir, pairsOut } = ctx.options;
    this.sources = {} as Record<Source, CsvTableWriter>;
    for (const source of SOURCES) this.sources[source] = createCsvWriter(path.join(outdir, `${source}${suffix}.csv`), ctx.columns[source], { group });
    this.truth = createCsvWriter(path.join(outdir, `truth${suffix}.csv`), [...TRUTH_COLUMNS], { group });
    const columns = pairColumns(featureNames);
    this.splits = {} as Record<Split, TableWriter<ParquetRow>>;
    for (const split of SPLITS) this.splits[split] = createParquetWriter(path.join(pairsOut, `${split}${suffix}.parquet`), columns, { group });
    this.pairsCsv = createCsvWriter(path.join(pairsOut, `pairs${suffix}.csv`), PAIR_CSV_COLUMNS, { group });
    this.all = [...Object.values(this.sources), this.truth, ...Object.values(this.splits), this.pairsCsv] as TableWriter<never>[];
  }

  /** Appends one block's rows to every file, in block order (the caller's job). */
  async write(result: BlockResult): Promise<void> {
    for (const source of SOURCES) await this.sources[source].writeText(result.csv[source], result.rows[source]);
    await this.truth.writeText(result.csv.truth, result.rows.truth);
    for (const row of result.pairRows) await this.splits[row['split'] as Split].write(row);
    await this.pairsCsv.writeText(result.pairsCsv, result.pairRows.length);
  }

  /** Where each file's bytes are now: its temporary until the commit group renames it. */
  get written(): DatasetFiles {
    return {
      leads: this.sources.leads.tempPath,
      sales: this.sources.sales.tempPath,
      financial: this.sources.financial.tempPath,
      truth: this.truth.tempPath,
      pairs: { train: this.splits.train.tempPath, valid: this.splits.valid.tempPath, test: this.splits.test.tempPath },
    };
  }

  /** Closes every file: each temporary is complete (and renamed, or held by the commit group). */
  async close(): Promise<void> {
    for (const writer of this.all) await writer.close();
  }

  /** Removes every temporary; earlier files at the final paths stay as they were. */
  async abort(): Promise<void> {
    for (const writer of this.all) await writer.abort();
  }
}
