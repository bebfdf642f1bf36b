import type { Rng } from '@synth/random';
import type { HardNegativeKind, PairKind } from '../types';
import { RANDOM_NEGATIVE_SHARE, SPLITS } from './constants';
import { mineHardNegatives, type LabelledPair } from './mine-hard-negatives';
import type { Positives } from './mine-positives';
import type { PairSet } from './pair-set';
import type { Prepared } from './prepare-records';
import { randomNegatives } from './random-negatives';
import type { ResolvedOptions } from './resolve-options';
import { sampleDown } from './sample-down';
import { selectHardNegatives } from './select-negatives';

export interface SplitOutcome {
  /** Positives first, then negatives; each group sorted by kind, then record indices. */
  readonly pairs: LabelledPair[];
  readonly hardCandidates: Record<HardNegativeKind, number>;
  readonly withinSourceSampledOut: number;
  readonly droppedPositives: number;
  readonly cappedBlocks: number;
}

const KIND_ORDER: Record<PairKind, number> = {
  pos_cross_source: 0,
  pos_within_source: 1,
  neg_email_local: 2,
  neg_similar_name: 3,
  neg_zip_house: 4,
  neg_random: 5,
};
const byKindThenRecords = (x: LabelledPair, y: LabelledPair): number =>
  KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || x.a - y.a || x.b - y.b;

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
  let pos = [...cross, ...within];

  const hard = mineHardNegatives(prepared, splitIndex, rng.child('mine', split), seen);
  const target = Math.round(options.negRatio * pos.length);
  // A fixed share of random negatives in every split; hard ones take the rest, random ones fill any shortfall.
  const hardTarget = target - Math.round(RANDOM_NEGATIVE_SHARE * target);
  let neg: LabelledPair[] = selectHardNegatives(hard.byKind, hardTarget, rng.child('select', split));
  if (neg.length < target) {
    const indices = prepared.bySplit[splitIndex];
    neg = neg.concat(randomNegatives(prepared, indices, target - neg.length, rng.child('random', split), seen));
  }
  let droppedPositives = 0;
  if (neg.length < target) {
    const keep = Math.floor(neg.length / options.negRatio);
    droppedPositives = pos.length - keep;
    pos = sampleDown(pos, keep, rng.child('drop', split));
    neg = neg.slice(0, Math.round(options.negRatio * keep));
  }
  return {
    pairs: [...pos.sort(byKindThenRecords), ...neg.sort(byKindThenRecords)],
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
