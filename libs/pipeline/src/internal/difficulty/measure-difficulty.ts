import type { DifficultySummary } from '@synth/validation';
import type { SmokeResult } from '../smoke/smoke-model';
import type { DifficultyTally } from './difficulty-tally';
import type { ForestFigures } from './random-forest-figures';

/** The feature whose single threshold (chosen on train) scores the best test F1; the first on ties. */
function linearityOf(smoke: SmokeResult | null): DifficultySummary['linearity'] {
  if (!smoke) return null;
  let best: DifficultySummary['linearity'] = null;
  for (const [feature, v] of Object.entries(smoke.perFeature)) {
    if (!best || v.testF1 > best.testF1) {
      best = { feature, threshold: v.threshold, trainF1: v.trainF1, testF1: v.testF1 };
    }
  }
  return best;
}

/**
 * The summary's `difficulty` section, after Papadakis et al. (ICDE 2024): linearity (the best single-feature
 * threshold), the logistic regression's and a random forest's test F1 and their gap, the forest's error per
 * pair kind (the models of the smoke sample: `smoke` from `smokeModel`, `randomForest` from `sampleForest`; both
 * null when a split lacks a class), and the exact counts of the run (name-only positives, name variation,
 * homonymy) from `tally`.
 *
 * @example
 * measureDifficulty(smokeModel(sample), sampleForest(sample.splits, 42), tally).nonLinearGap; // e.g. 0.02
 */
export function measureDifficulty(
  smoke: SmokeResult | null,
  randomForest: ForestFigures | null,
  tally: DifficultyTally,
): DifficultySummary {
  const logisticF1 = smoke ? smoke.test.f1 : null;
  return {
    linearity: linearityOf(smoke),
    logisticF1,
    randomForest,
    nonLinearGap: randomForest && logisticF1 !== null ? randomForest.f1 - logisticF1 : null,
    ...tally.counts(),
  };
}
