import { bestF1Threshold, binaryMetrics, f1At } from './metrics';
import type { BinaryMetrics } from './metrics';
import { fitLogistic, predict } from './logistic-regression';
import type { SmokeSample, SplitSample } from './pair-sample';

/** What the smoke baseline reports: how hard the dataset is for simple models. */
export interface SmokeResult {
  model: 'logistic_regression';
  trainedOn: number;
  /** Sampled pairs per split out of all pairs of the split. */
  sample: Record<string, { used: number; of: number }>;
  weights: Record<string, number>;
  valid: BinaryMetrics;
  test: BinaryMetrics;
  /** Per feature: the threshold with the best F1 on train (nulls as 0), scored on test. */
  perFeature: Record<string, { threshold: number; trainF1: number; testF1: number; testAuc: number | null }>;
}

/** Whether the smoke models can be fitted and scored: train, valid and test each hold pairs of both classes. */
export function smokeApplies(splits: Readonly<Record<string, SplitSample>>): boolean {
  const hasBoth = (s: SplitSample | undefined) => s !== undefined && s.y.includes(0) && s.y.includes(1);
  return hasBoth(splits['train']) && hasBoth(splits['valid']) && hasBoth(splits['test']);
}

/**
 * Trains the logistic-regression baseline on the train sample's cached features and scores it on valid
 * and test (threshold 0.5), and finds each feature's best single threshold. Null when a split has no
 * pairs of one class.
 */
export function smokeModel(sample: SmokeSample): SmokeResult | null {
  if (!smokeApplies(sample.splits)) return null;
  const { train, valid, test } = sample.splits;
  const features = sample.features;
  const model = fitLogistic(features, train.rows, train.y);
  const score = (rows: (number | null)[][]) => rows.map((r) => predict(model, r));
  const perFeature: SmokeResult['perFeature'] = {};
  features.forEach((f, j) => {
    const col = (rows: (number | null)[][]) => rows.map((r) => r[j] ?? 0);
    const trainScores = col(train.rows);
    const threshold = bestF1Threshold(trainScores, train.y);
    const testMetrics = binaryMetrics(col(test.rows), test.y, threshold);
    perFeature[f] = {
      threshold,
      trainF1: f1At(trainScores, train.y, threshold),
      testF1: testMetrics.f1,
      testAuc: testMetrics.auc,
    };
  });
  return {
    model: 'logistic_regression',
    trainedOn: train.rows.length,
    sample: Object.fromEntries(Object.entries(sample.splits).map(([s, v]) => [s, { used: v.rows.length, of: v.seen }])),
    weights: Object.fromEntries(model.inputs.map((name, j) => [name, model.weights[j] / model.scales[j]])),
    valid: binaryMetrics(score(valid.rows), valid.y, 0.5),
    test: binaryMetrics(score(test.rows), test.y, 0.5),
    perFeature,
  };
}
