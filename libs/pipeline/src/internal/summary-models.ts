import { sampleForest } from './difficulty/random-forest-figures';
import type { ForestFigures } from './difficulty/random-forest-figures';
import { smokeModel } from './smoke/smoke-model';
import type { SmokeResult } from './smoke/smoke-model';
import type { SmokeSample } from './smoke/pair-sample';

/** The models the summary fits on the final smoke sample. */
export interface SummaryModels {
  smoke: SmokeResult | null;
  randomForest: ForestFigures | null;
}

/** One of the {@link SummaryModels}, as a job a block worker can run on its own. */
export type SummaryModelName = keyof SummaryModels;

/** A job other than a block that the main thread posts to a block worker: fit one summary model. */
export interface ModelJob {
  kind: 'model';
  model: SummaryModelName;
  /** The smoke sample's feature names and splits (plain data: it crosses the thread boundary). */
  sample: SmokeSample;
  seed: number;
}

/** A block worker's answer to a {@link ModelJob}. */
export interface ModelAnswer<K extends SummaryModelName = SummaryModelName> {
  kind: 'model';
  model: K;
  result: SummaryModels[K];
}

/**
 * Fits one summary model on the smoke sample: the logistic-regression smoke model or the difficulty figures'
 * random forest. Each needs only the sample and the seed, so the two can run on two threads at once.
 *
 * @example
 * fitSummaryModel('randomForest', { features: sample.features, splits: sample.splits }, 42)?.f1;
 */
export function fitSummaryModel<K extends SummaryModelName>(
  model: K,
  sample: SmokeSample,
  seed: number,
): SummaryModels[K] {
  const result = model === 'smoke' ? smokeModel(sample) : sampleForest(sample.splits, seed);
  return result as SummaryModels[K];
}
