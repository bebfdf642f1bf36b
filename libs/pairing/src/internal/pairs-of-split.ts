import type { Rng } from '@synth/random';
import type { HardNegativeKind } from '../types';
import { RANDOM_NEGATIVE_SHARE, SPLITS } from './constants';
import { LabelledPairs } from './labelled-pairs';
import { mineHardNegatives } from './mine-hard-negatives';
import type { Positives } from './mine-positives';
import type { PairSet } from './pair-set';
import type { Prepared } from './prepare-records';
import { randomNegatives } from './random-negatives';
import type { ResolvedOptions } from './resolve-options';
import { sampleDown } from './sample-down';
import { selectHardNegatives } from './select-negatives';

export interface SplitOutcome {
  /** Positives first, then negatives; each group sorted by kind, then record indices. */
  readonly pairs: LabelledPairs;
  readonly hardCandidates: Record<HardNegativeKind, number>;
  readonly withinSourceSampledOut: number;
  readonly droppedPositives: number;
  readonly cappedBlocks: number;
}

/**
 * Positives and balanced negatives of one split: within-source positives sampled to their share,
 * hard negatives round-robin across kinds for all but {@link RANDOM_NEGATIVE_SHARE} of the negatives,
 * random ones for that share and for any shortfall, and — only when even random
 * pairs run out (tiny splits) — positives dropped so the ratio still holds.
 */
export function pairsOfSplit(
  prepared: Prepared,
  positives: Positives,
  splitIndex: number,
  options: ResolvedOptions,
  rng: Rng,
  seen: PairSet,
): SplitOutcome {
  const split = SPLITS[splitIndex];
  const cross = positives.cross[splitIndex];
  const allWithin = positives.within[splitIndex];
  const share = options.withinSourceShare;
  const withinTarget = Math.round((share / (1 - share)) * cross.length);
  const within = sampleDown(allWithin, withinTarget, rng.child('within', split));
  let pos = new LabelledPairs(cross.length + within.length).append(cross).append(within);

  const hard = mineHardNegatives(prepared, splitIndex, rng.child('mine', split), seen);
  const target = Math.round(options.negRatio * pos.length);
  // A fixed share of random negatives in every split; hard ones take the rest, random ones fill any shortfall.
  const hardTarget = target - Math.round(RANDOM_NEGATIVE_SHARE * target);
  const neg = selectHardNegatives(hard.byKind, hardTarget, rng.child('select', split));
  if (neg.length < target) {
    const indices = prepared.bySplit[splitIndex];
    neg.append(randomNegatives(prepared, indices, target - neg.length, rng.child('random', split), seen));
  }
  let droppedPositives = 0;
  if (neg.length < target) {
    const keep = Math.floor(neg.length / options.negRatio);
    droppedPositives = pos.length - keep;
    pos = sampleDown(pos, keep, rng.child('drop', split));
    neg.truncate(Math.round(options.negRatio * keep));
  }
  return {
    // Every positive kind comes before every negative one, so one sort by kind puts the positives first.
    pairs: pos.append(neg).sort(prepared.count),
    hardCandidates: {
      neg_email_local: hard.byKind.neg_email_local.length,
      neg_similar_name: hard.byKind.neg_similar_name.length,
      neg_zip_house: hard.byKind.neg_zip_house.length,
    },
    withinSourceSampledOut: allWithin.length - within.length,
    droppedPositives,
    cappedBlocks: hard.cappedBlocks,
  };
}
