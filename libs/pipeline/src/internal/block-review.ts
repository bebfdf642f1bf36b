import { columnValue } from '@synth/io';
import { featureNames, SOURCES } from '@synth/features';
import type { Source, Split } from '@synth/features';
import type { PairRow } from '@synth/pairing';
import { createBlockChecker, createPartProfiler } from '@synth/validation';
import type { BlockChecks, ColumnProfilePart, PartProfiler } from '@synth/validation';
import { partSuffix } from '../dataset-layout';
import type { BlockContext } from './block-context';
import { datasetFileNames } from './file-names';
import type { PairTable } from './pair-table';
import { addBatchToHistograms, emptyHistograms } from './smoke/feature-histograms';
import type { FeatureHistogram } from './smoke/feature-histograms';
import { countStrategies, emptyStrategyCounts } from './strategy-counts';
import type { StrategyCounts } from './strategy-counts';

/**
 * What a block learnt about its own output for validation, in mergeable form (plain data and typed
 * arrays, no rows, no id sets): check counts and id hashes, column profiles, noise strategies of its
 * duplicates, feature histograms of its pairs.
 */
export interface BlockReview {
  checks: BlockChecks;
  profiles: Record<Source, ColumnProfilePart>;
  byStrategy: StrategyCounts;
  histograms: Record<string, FeatureHistogram>;
}

/** Some records' CSV lines as written: record `r`'s line starts at byte `starts[r]` of `csv`. */
export interface CsvLines {
  csv: Uint8Array;
  starts: ArrayLike<number>;
}

/** The block-level checks of one block, fed its rows as they are made, then its pairs. */
export interface BlockReviewer {
  /**
   * The next records of `source` as they are written (after PII hashing), in file order; with `lines`, their CSV
   * lines as written (record `r`'s starts at byte `lines.starts[r]` of `lines.csv`), which the column profiles
   * read instead of the records where they can.
   */
  addRecords(source: Source, rows: readonly Record<string, string>[], lines?: CsvLines): void;
  /** The next truth rows, in file order. */
  addTruth(rows: readonly Record<string, string>[]): void;
  /**
   * The block's review, given its pairs: they are read from their table column by column (the pair checks
   * see one reused object holding a pair's key columns). The reviewer is spent.
   */
  finish(pairs: PairTable): BlockReview;
}

/**
 * Creates the reviewer of block `block`: record checks and column profiles per source, truth checks and noise
 * strategies, then pair checks and feature histograms. Rows can be fed batch by batch and dropped: each
 * source's records, and the truth rows, need only come in their own file order (the checks of records and of
 * truth rows meet only in `finish`), and every figure and failure example is that of feeding whole files.
 */
export function createBlockReviewer(ctx: BlockContext, block: number): BlockReviewer {
  const names = datasetFileNames(partSuffix(ctx.options.shard));
  const checker = createBlockChecker({
    schema: ctx.schema,
    columns: ctx.columns,
    piiHashed: ctx.options.pii === 'hashed',
    fileNames: names,
    block,
  });
  // Each record id is hashed once, by the checks: the profilers take the id columns' hashes from them.
  const profilers = {} as Record<Source, PartProfiler>;
  for (const source of SOURCES) {
    const id = checker.idColumn(source)?.column;
    profilers[source] = createPartProfiler(ctx.columns[source], {
      sketchOnly: ctx.sketchOnly[source],
      preHashed: id === undefined ? [] : [id],
    });
  }
  const byStrategy = emptyStrategyCounts();
  return {
    addRecords(source, rows, lines) {
      checker.addRecords(source, rows);
      if (lines) profilers[source].addCsvLines(rows, lines.csv, lines.starts);
      else profilers[source].add(rows);
    },
    addTruth(rows) {
      for (const row of rows) {
        checker.addTruth(row);
        countStrategies(byStrategy, row);
      }
    },
    finish(pairs) {
      const profiles = {} as Record<Source, ColumnProfilePart>;
      for (const source of SOURCES) {
        const ids = checker.idColumn(source);
        if (ids) profilers[source].addHashes(ids.column, ids.hashes, ids.nulls);
        profiles[source] = profilers[source].finish();
      }
      const histograms = emptyHistograms(featureNames);
      addBatchToHistograms(histograms, featureNames, pairs);
      const { src_a: srcA, id_a: idA, src_b: srcB, id_b: idB, y, pair_kind: kind, split } = pairs.columns;
      const pair: PairRow = {};
      for (let i = 0; i < pairs.length; i++) {
        // A named store per key column (`PAIR_KEY_COLUMNS` of @synth/features): a loop would make them megamorphic.
        pair['src_a'] = columnValue(srcA, i) as string | null;
        pair['id_a'] = columnValue(idA, i) as string | null;
        pair['src_b'] = columnValue(srcB, i) as string | null;
        pair['id_b'] = columnValue(idB, i) as string | null;
        pair['y'] = columnValue(y, i) as number | null;
        pair['pair_kind'] = columnValue(kind, i) as string | null;
        pair['split'] = columnValue(split, i) as string | null;
        checker.addPair(pair, names.pairs[pair['split'] as Split] ?? `${String(pair['split'])}.parquet`);
      }
      return { checks: checker.finish(), profiles, byStrategy, histograms };
    },
  };
}
