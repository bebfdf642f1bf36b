import type { Rng } from '@synth/random';
import type { PairSet } from './pair-set';
import type { Prepared } from './prepare-records';
import { PAIR_KINDS } from './constants';
import { LabelledPairs } from './labelled-pairs';

const NEG_RANDOM = PAIR_KINDS.indexOf('neg_random');

/**
 * Draws up to `count` random pairs of different entities among `indices` (one split), avoiding
 * pairs already used (`seen`). Gives up after a bounded number of draws, so
 * a split with almost no distinct entities returns fewer.
 */
export function randomNegatives(
  prepared: Prepared,
  indices: readonly number[],
  count: number,
  rng: Rng,
  seen: PairSet,
): LabelledPairs {
  const out = new LabelledPairs();
  const m = indices.length;
  if (m < 2 || count <= 0) return out;
  const { entity } = prepared;
  let budget = count * 20 + 200;
  while (out.length < count && budget-- > 0) {
    const x = indices[Math.floor(rng.next() * m)];
    const y = indices[Math.floor(rng.next() * m)];
    if (entity[x] === entity[y]) continue;
    const a = x < y ? x : y;
    const b = x < y ? y : x;
    if (!seen.add(a, b)) continue;
    out.push(a, b, NEG_RANDOM);
  }
  return out;
}
