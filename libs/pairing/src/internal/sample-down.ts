import type { Rng } from '@synth/random';
import type { LabelledPairs } from './labelled-pairs';

/**
 * A seeded sample of `keep` pairs from `pairs` (a copy of all of them when there are not more): the pairs at the
 * first `keep` of their positions shuffled, the same pairs in the same order as shuffling the pairs would give.
 */
export function sampleDown(pairs: LabelledPairs, keep: number, rng: Rng): LabelledPairs {
  const n = pairs.length;
  const positions = new Array<number>(n);
  for (let i = 0; i < n; i++) positions[i] = i;
  if (n <= keep) return pairs.pick(positions, n);
  return pairs.pick(rng.shuffle(positions), Math.max(0, keep));
}
