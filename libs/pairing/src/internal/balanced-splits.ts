import { createRng, hashToUnit } from '@synth/random';
import type { SplitFractions } from '../types';

/** Groups per stratum: 70/15/15 is 14/3/3 slots, so each stratum gives each split its exact share. */
export const SPLIT_STRATUM = 20;

/**
 * The split (0 train, 1 valid, 2 test) of each group, balanced by weight. Groups are ranked by weight
 * (heaviest first; ties by a seeded hash of the group key, then the key) and taken in strata of
 * {@link SPLIT_STRATUM} neighbours of similar weight. In a stratum the slots `(k + φ) / 20` (random `φ`) are
 * shuffled and each group gets the split its slot falls in under the cumulative fractions. Every group
 * still lands in a split with exactly its fraction's probability, but each stratum gives every split its
 * share of groups of that weight, so a split's share of the total weight (of the pairs) stays close to its
 * fraction even when a few groups hold many records. The result depends only on the seed and on the
 * groups with their weights, never on the order they are given in.
 */
export function balancedSplits(
  seed: string | number,
  groups: readonly string[],
  weights: readonly number[],
  fractions: SplitFractions,
): Uint8Array {
  const n = groups.length;
  const tie = groups.map((g) => hashToUnit(`${seed}:split:${g}`));
  const byKey = (a: number, b: number): number => (groups[a] < groups[b] ? -1 : groups[a] > groups[b] ? 1 : 0);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => weights[b] - weights[a] || tie[a] - tie[b] || byKey(a, b),
  );
  const out = new Uint8Array(n);
  const firstCut = fractions.train;
  const secondCut = fractions.train + fractions.valid;
  for (let start = 0; start < n; start += SPLIT_STRATUM) {
    const rng = createRng(seed, 'split', groups[order[start]]);
    const phase = rng.next();
    const slots = rng.shuffle(Array.from({ length: SPLIT_STRATUM }, (_, k) => (k + phase) / SPLIT_STRATUM));
    const end = Math.min(n, start + SPLIT_STRATUM);
    for (let i = start; i < end; i++) {
      const u = slots[i - start];
      out[order[i]] = u < firstCut ? 0 : u < secondCut ? 1 : 2;
    }
  }
  return out;
}
