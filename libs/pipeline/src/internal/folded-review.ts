import { columnValue, countCsvRecords, readCsvHeader, readParquetFooter } from '@synth/io';
import { createColumnProfiler, createFoldedValidator, profileFigures } from '@synth/validation';
import type {
  ColumnProfilePart,
  ColumnProfiler,
  CsvFileFact,
  FoldedValidator,
  ParquetFileFact,
} from '@synth/validation';
import type { SchemaSpec } from '@synth/schema';
import { featureNames, SOURCES, SPLITS } from '@synth/features';
import type { Source } from '@synth/features';
import { TRUTH_COLUMNS } from '../dataset-layout';
import type { BlockResult } from './process-block';
import { PAIR_CSV_COLUMNS } from './process-block';
import { datasetFileNames } from './file-names';
import type { DatasetFileNames } from './file-names';
import { PairSample } from './smoke/pair-sample';
import type { PairTable } from './pair-table';
import { emptyStrategyCounts, mergeStrategyCounts } from './strategy-counts';
import { validationGates } from './validate-outputs';
import type { DatasetFiles, OutputsReview } from './validate-outputs';

/** How a run was made: what the folded checks need to know. */
export interface FoldedTarget {
  schema: SchemaSpec;
  /** The columns each source file is written with. */
  columns: Record<Source, readonly string[]>;
  /** Enforce the pair gates and the balance limits. */
  gates: boolean;
  negRatio: number;
  piiHashed: boolean;
  /** Seed of the smoke model's sample. */
  seed: number;
  /** A shard's file-name suffix ('' for a whole dataset). */
  suffix: string;
  /**
   * Hears of each column whose exact count overflows, once, right after the block that made it overflow:
   * later blocks may profile it by sketch only (`BlockSource.sketchOnly`), for the same figures.
   */
  onSketched?: (source: Source, columns: string[]) => void;
  /**
   * @internal Distinct values each column counts exactly (`createColumnProfiler`'s `exactCap`), for tests and
   * small runs; default `DEFAULT_EXACT_DISTINCT_CAP`.
   */
  exactCap?: number;
}

/** Where a run's files are until they are renamed, pairs.csv included. */
export type WrittenFiles = DatasetFiles & { pairsCsv: string };

/**
 * The validation pass of a generating run, folded into its blocks: each block's checks, profiles,
 * strategy counts and histograms are merged here in block order, the smoke model's sample is drawn from
 * the blocks' pairs (split by split, in file order, as a re-read of the parquet files draws it), and once
 * the files are complete only their headers, record counts and parquet footers are read back. The
 * result has exactly the figures of `validateOutputs` re-reading the same files. Holds typed arrays of
 * hashes, never rows or id strings.
 */
export class FoldedReview {
  private readonly validator: FoldedValidator;
  private readonly profilers = {} as Record<Source, ColumnProfiler>;
  private readonly byStrategy = emptyStrategyCounts();
  /** The smoke sample and feature histograms of the pairs: complete once every block is added. */
  readonly pairSample: PairSample;
  private readonly names: DatasetFileNames;
  /** Rows written per CSV file, by name in `names`. */
  private readonly rows = new Map<string, number>();
  /** Pairs written per split (value of the pairs' `split`). */
  private readonly pairsPerSplit = new Map<string, number>();
  /** Per source, the columns counted by estimate that `target.onSketched` was told of. */
  private readonly sketched = {} as Record<Source, Set<string>>;

  constructor(private readonly target: FoldedTarget) {
    this.names = datasetFileNames(target.suffix);
    this.validator = createFoldedValidator({
      schema: target.schema,
      gates: validationGates(target.gates, target.negRatio),
      piiHashed: target.piiHashed,
      fileNames: this.names,
    });
    for (const source of SOURCES) {
      this.profilers[source] = createColumnProfiler(target.columns[source], { exactCap: target.exactCap });
      this.sketched[source] = new Set();
    }
    this.pairSample = new PairSample(featureNames, target.seed);
  }

  /** Merges one block's review; blocks come in block order. */
  add(result: BlockResult): void {
    const { review } = result;
    this.validator.addBlock(review.checks);
    for (const source of SOURCES) {
      this.addProfile(source, review.profiles[source]);
      this.count(this.names[source], result.rows[source]);
    }
    this.count(this.names.truth, result.rows.truth);
    mergeStrategyCounts(this.byStrategy, review.byStrategy);
    this.pairSample.addHistograms(review.histograms);
    this.count(this.names.pairsCsv, result.pairs.length);
    this.pairSample.sampleBatch(result.pairs);
    this.countSplits(result.pairs);
  }

  /** Reads back what only the complete files tell: CSV headers and record counts, parquet footers. */
  async readBack(files: WrittenFiles): Promise<void> {
    const readCsv = async (file: string, path: string, expectedHeader: readonly string[]): Promise<CsvFileFact> => {
      const header = await readCsvHeader(path);
      const records = await countCsvRecords(path);
      return { file, header, expectedHeader, records, expected: this.rows.get(file) ?? 0 };
    };
    const columns = {} as Record<Source, string[]>;
    const csv: CsvFileFact[] = [];
    for (const source of SOURCES) {
      const fact = await readCsv(this.names[source], files[source], this.target.columns[source]);
      columns[source] = [...fact.header];
      csv.push(fact);
    }
    csv.push(await readCsv(this.names.truth, files.truth, TRUTH_COLUMNS));
    csv.push(await readCsv(this.names.pairsCsv, files.pairsCsv, PAIR_CSV_COLUMNS));
    const parquet: ParquetFileFact[] = [];
    for (const split of SPLITS) {
      const footer = await readParquetFooter(files.pairs[split]);
      parquet.push({ file: this.names.pairs[split], ...footer, expected: this.pairsPerSplit.get(split) ?? 0 });
    }
    this.validator.addFiles({ columns, csv, parquet });
  }

  finish(): OutputsReview {
    const profiles = {} as OutputsReview['profiles'];
    for (const source of SOURCES) profiles[source] = profileFigures(this.profilers[source].finish());
    return { report: this.validator.finish(), profiles, byStrategy: this.byStrategy, pairSample: this.pairSample };
  }

  /** Merges a block's profile of `source`, telling `onSketched` of the columns it made overflow. */
  private addProfile(source: Source, part: ColumnProfilePart): void {
    const profiler = this.profilers[source];
    profiler.addPart(part);
    const told = this.sketched[source];
    const overflowed = profiler.sketchedColumns().filter((column) => !told.has(column));
    if (overflowed.length === 0) return;
    for (const column of overflowed) told.add(column);
    this.target.onSketched?.(source, overflowed);
  }

  /** Counts a block's pairs per split from its `split` column (runs of one split counted at once). */
  private countSplits(pairs: PairTable): void {
    const column = pairs.columns['split'];
    let run = 0;
    let current = '';
    for (let i = 0; i < pairs.length; i++) {
      const split = String(columnValue(column, i));
      if (run > 0 && split === current) {
        run++;
        continue;
      }
      if (run > 0) this.pairsPerSplit.set(current, (this.pairsPerSplit.get(current) ?? 0) + run);
      current = split;
      run = 1;
    }
    if (run > 0) this.pairsPerSplit.set(current, (this.pairsPerSplit.get(current) ?? 0) + run);
  }

  private count(key: string, n: number): void {
    this.rows.set(key, (this.rows.get(key) ?? 0) + n);
  }
}
