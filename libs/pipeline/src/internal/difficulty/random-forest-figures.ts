import { createRng } from '@synth/random';
import { binaryMetrics } from '../smoke/metrics';
import type { SplitSample } from '../smoke/pair-sample';
import { smokeApplies } from '../smoke/smoke-model';
import { RegressionForest } from './regression-forest';

/** How the forest is grown. Defaults keep it to a few seconds on the default profile. */
export interface ForestOptions {
  /** Train pairs the forest sees at most (a seeded subsample of the smoke train sample). @default 5000 */
  maxTrain?: number;
  /** @default 9 */
  trees?: number;
  /** @default 8 */
  maxDepth?: number;
}

/** The forest's test figures: F1 at 0.5 and the error rate per `pair_kind`. */
export interface ForestFigures {
  f1: number;
  trainedOn: number;
  trees: number;
  maxDepth: number;
  /** The 32-bit seed of the forest's feature draws, as ml-random-forest takes it (derived from the run's seed). */
  seed: number;
  errorByKind: Record<string, { pairs: number; errors: number; rate: number }>;
}

/** Feature values as forest input: null → −1 (below every value), others rounded to steps of 0.02. */
const encode = (row: readonly (number | null)[]) => row.map((v) => (v === null ? -1 : Math.round(v * 50) / 50));

/**
 * Grows a random forest (the forest of mljs `ml-random-forest` 2.1 to the bit, see {@link RegressionForest}:
 * regression trees on the 0/1 label, so each tree's leaf is the share of matches and the forest's score is
 * their mean) on at most `maxTrain` train pairs of the smoke sample, and scores it on the test sample at 0.5.
 * Variance reduction on a 0/1 label picks the same splits as Gini impurity. Each tree sees all the train rows
 * and a seeded 70 % of the features (random subspaces). Train rows are ordered negatives first: ml-cart proposes
 * a split wherever the label changes along a sorted feature, so with this order and values on a 0.02 grid each
 * feature offers at most about 100 candidate splits. Deterministic for a given sample and seed.
 *
 * @example
 * randomForestFigures(sample.splits.train, sample.splits.test, 42).f1; // e.g. 0.86
 */
export function randomForestFigures(
  train: SplitSample,
  test: SplitSample,
  seed: number,
  options: ForestOptions = {},
): ForestFigures {
  const { maxTrain = 5000, trees = 9, maxDepth = 8 } = options;
  const rng = createRng(seed, 'difficulty', 'forest');
  let picked = train.rows.map((_, i) => i);
  if (picked.length > maxTrain)
    picked = rng
      .shuffle(picked)
      .slice(0, maxTrain)
      .sort((a, b) => a - b);
  // Stable: negatives, then positives, each in sample order.
  picked = [...picked.filter((i) => train.y[i] === 0), ...picked.filter((i) => train.y[i] === 1)];
  const forestSeed = rng.int(0, 2 ** 31 - 1);
  const features = train.rows[0]?.length ?? 0;
  const forest = new RegressionForest({
    seed: forestSeed,
    trees,
    maxFeatures: Math.max(1, Math.round(features * 0.7)),
    maxDepth,
    minNumSamples: 5,
  });
  const labels = picked.map((i) => train.y[i]);
  // ml-cart 2.1 (and so RegressionForest) refuses a root split whose squared error is exactly 0 (it compares it
  // with a parent gain of 0), so where one threshold separates train perfectly every tree would be a single leaf.
  // Nudging one positive label by 1e-9 keeps that error above 0 and moves no score by more than 1e-9.
  const firstPositive = labels.indexOf(1);
  if (firstPositive >= 0) labels[firstPositive] = 1 + 1e-9;
  forest.train(
    picked.map((i) => encode(train.rows[i])),
    labels,
  );
  const scores = forest.predict(test.rows.map(encode));
  const errorByKind: ForestFigures['errorByKind'] = {};
  test.kinds.forEach((kind, i) => {
    const k = (errorByKind[kind] ??= { pairs: 0, errors: 0, rate: 0 });
    k.pairs++;
    if ((scores[i] >= 0.5 ? 1 : 0) !== test.y[i]) k.errors++;
  });
  for (const k of Object.values(errorByKind)) k.rate = k.errors / k.pairs;
  const sorted = Object.fromEntries(Object.entries(errorByKind).sort(([a], [b]) => a.localeCompare(b)));
  const f1 = binaryMetrics(scores, test.y, 0.5).f1;
  return { f1, trainedOn: picked.length, trees, maxDepth, seed: forestSeed, errorByKind: sorted };
}

/**
 * The forest of the summary's difficulty figures for the smoke sample's splits: null where the smoke models have
 * none (a split lacks a class). Needs only the splits and the seed, so it can run on another thread.
 *
 * @example
 * sampleForest(review.pairSample.splits, 42)?.f1; // e.g. 0.86
 */
export function sampleForest(
  splits: Readonly<Record<string, SplitSample>>,
  seed: number,
  options?: ForestOptions,
): ForestFigures | null {
  return smokeApplies(splits) ? randomForestFigures(splits['train'], splits['test'], seed, options) : null;
}
