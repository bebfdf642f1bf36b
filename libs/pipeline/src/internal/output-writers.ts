import { createCsvWriter, createParquetWriter } from '@synth/io';
import type { CommitGroup, CsvTableWriter, ParquetTableWriter, TableWriter } from '@synth/io';
import { featureNames, SOURCES, SPLITS } from '@synth/features';
import type { Source, Split } from '@synth/features';
import { pairColumns } from '@synth/pairing';
import { datasetLayout, TRUTH_COLUMNS } from '../dataset-layout';
import type { BlockContext } from './block-context';
import type { WrittenFiles } from './folded-review';
import { PAIR_CSV_COLUMNS } from './process-block';
import type { BlockResult } from './process-block';
import { rowsBySplit } from './pair-table';

/** Every output file of `synth generate` except the reports, open as temporaries until `close()`. */
export class OutputWriters {
  readonly sources = {} as Record<Source, CsvTableWriter>;
  readonly truth: CsvTableWriter;
  readonly splits = {} as Record<Split, ParquetTableWriter>;
  readonly pairsCsv: CsvTableWriter;
  private readonly all: TableWriter<never>[];

  /**
   * `suffix` is a shard's `.part-KKKKK-of-NNNNN` ('' for a whole run): `leads.part-00003-of-00016.csv`.
   * When a file cannot be opened, the temporaries opened before it are removed and the error is rethrown.
   */
  static async open(ctx: BlockContext, suffix = '', group?: CommitGroup): Promise<OutputWriters> {
    const opened: TableWriter<never>[] = [];
    try {
      return new OutputWriters(ctx, suffix, group, opened);
    } catch (error) {
      for (const writer of opened) await writer.abort();
      throw error;
    }
  }

  private constructor(ctx: BlockContext, suffix: string, group: CommitGroup | undefined, opened: TableWriter<never>[]) {
    this.all = opened;
    const layout = datasetLayout({ ...ctx.options }, suffix);
    const open = <W extends TableWriter<never>>(make: () => W): W => {
      const writer = make();
      this.all.push(writer);
      return writer;
    };
    for (const source of SOURCES) {
      this.sources[source] = open(() => createCsvWriter(layout.sources[source], ctx.columns[source], { group }));
    }
    this.truth = open(() => createCsvWriter(layout.truth, [...TRUTH_COLUMNS], { group }));
    const columns = pairColumns(featureNames);
    for (const split of SPLITS) {
      this.splits[split] = open(() => createParquetWriter(layout.pairs[split], columns, { group }));
    }
    this.pairsCsv = open(() => createCsvWriter(layout.pairsCsv, PAIR_CSV_COLUMNS, { group }));
  }

  /** Appends one block's rows to every file, in block order (the caller's job): bytes as they are, pairs by column. */
  async write(result: BlockResult): Promise<void> {
    for (const source of SOURCES) await this.sources[source].writeBytes(result.csv[source], result.rows[source]);
    await this.truth.writeBytes(result.csv.truth, result.rows.truth);
    const rows = rowsBySplit(result.pairs);
    for (const split of SPLITS) await this.splits[split].writeColumns(result.pairs, rows[split]);
    await this.pairsCsv.writeBytes(result.pairsCsv, result.pairs.length);
  }

  /** Where each file's bytes are now: its temporary until the commit group renames it. */
  get written(): WrittenFiles {
    return {
      pairsCsv: this.pairsCsv.tempPath,
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
