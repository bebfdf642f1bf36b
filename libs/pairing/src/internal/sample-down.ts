import type { Rng } from '@synth/random';
import type { LabelledPair } from './mine-hard-negatives';

/** A seeded sample of `keep` pairs from `pairs` (all of them when there are not more). */
export function sampleDown<T extends LabelledPair>(pairs: readonly T[], keep: number, rng: Rng): T[] {
  if (pairs.length <= keep) return [...pairs];
  return rng.shuffle([...pairs]).slice(0, Math.max(0, keep));
}
