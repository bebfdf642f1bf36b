import { columnValue } from '@synth/io';
import { featureNames, PAIR_KEY_COLUMNS, SOURCES } from '@synth/features';
import type { Source, Split } from '@synth/features';
import type { PairRow } from '@synth/pairing';
import { createBlockChecker, profileColumns } from '@synth/validation';
import type { BlockChecks, ColumnProfilePart } from '@synth/validation';
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

/**
 * Runs the block-level checks on the rows a block will write (after PII hashing, as they reach the
 * files): records, truth rows and pair rows, in their file order. The pairs are read from their table
 * column by column: the pair checks see one reused object holding a pair's key columns.
 */
export function reviewBlock(
  ctx: BlockContext,
  block: number,
  rows: Record<Source, Record<string, string>[]>,
  truth: readonly Record<string, string>[],
  pairs: PairTable,
): BlockReview {
  const names = datasetFileNames(partSuffix(ctx.options.shard));
  const checker = createBlockChecker({
    schema: ctx.schema,
    columns: ctx.columns,
    piiHashed: ctx.options.pii === 'hashed',
    fileNames: names,
    block,
  });
  const profiles = {} as Record<Source, ColumnProfilePart>;
  for (const source of SOURCES) {
    for (const row of rows[source]) checker.addRecord(source, row);
    profiles[source] = profileColumns(ctx.columns[source], rows[source], { sketchOnly: ctx.sketchOnly[source] });
  }
  const byStrategy = emptyStrategyCounts();
  for (const row of truth) {
    checker.addTruth(row);
    countStrategies(byStrategy, row);
  }
  const histograms = emptyHistograms(featureNames);
  addBatchToHistograms(histograms, featureNames, pairs);
  const keys = PAIR_KEY_COLUMNS.map((name) => pairs.columns[name]);
  const pair: PairRow = {};
  for (let i = 0; i < pairs.length; i++) {
    for (let c = 0; c < keys.length; c++) pair[PAIR_KEY_COLUMNS[c]] = columnValue(keys[c], i) as string | number | null;
    checker.addPair(pair, names.pairs[pair['split'] as Split] ?? `${String(pair['split'])}.parquet`);
  }
  return { checks: checker.finish(), profiles, byStrategy, histograms };
}
