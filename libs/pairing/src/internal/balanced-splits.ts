import { createRng, hashToUnitJoined } from '@synth/random';
import type { SplitFractions } from '../types';
import { rankGroups } from './rank-groups';

/** Groups per stratum: 70/15/15 is 14/3/3 slots, so each stratum gives each split its exact share. */
export const SPLIT_STRATUM = 20;
/** Shuffles tried per stratum. */
export const SPLIT_CANDIDATES = 8;

/**
 * The split (0 train, 1 valid, 2 test) of each group, balanced by weight. Groups are ranked by weight
 * (heaviest first; ties by a seeded hash of the group key, then the key) and taken in strata of
 * {@link SPLIT_STRATUM} neighbours of similar weight. In a stratum the slots `(k + φ) / 20` (random `φ`) are
 * shuffled and each group gets the split its slot falls in under the cumulative fractions; of
 * {@link SPLIT_CANDIDATES} such shuffles the one that leaves the running weight of each split closest to its
 * fraction is kept. Every split gets its share of the groups of each weight class, and the heavy strata
 * (a few groups with many records) are steered, so a split's share of the total weight (of the pairs) stays
 * close to its fraction; which group lands where stays random. The result depends only on the seed and on the
 * groups with their weights, never on the order they are given in.
 */
export function balancedSplits(
  seed: string | number,
  groups: readonly string[],
  weights: readonly number[],
  fractions: SplitFractions,
): Uint8Array {
  const n = groups.length;
  // Hashed without a `${seed}:split:${group}` string per group; the values are the same.
  const prefix = `${seed}:split:`;
  const tie = new Float64Array(n);
  for (let i = 0; i < n; i++) tie[i] = hashToUnitJoined(prefix, groups[i]);
  const order = rankGroups(groups, weights, tie);
  const out = new Uint8Array(n);
  const cuts = [fractions.train, fractions.train + fractions.valid];
  const splitOf = (u: number): number => (u < cuts[0] ? 0 : u < cuts[1] ? 1 : 2);
  const target = [fractions.train, fractions.valid, fractions.test];
  const assigned = [0, 0, 0];
  // Buffers reused by every stratum and candidate (the slots are refilled before each shuffle).
  const slots = new Array<number>(SPLIT_STRATUM).fill(0);
  const choice = new Uint8Array(SPLIT_STRATUM);
  const best = new Uint8Array(SPLIT_STRATUM);
  const totals = [0, 0, 0];
  let seen = 0;
  for (let start = 0; start < n; start += SPLIT_STRATUM) {
    const size = Math.min(n, start + SPLIT_STRATUM) - start;
    let stratumWeight = 0;
    for (let k = 0; k < size; k++) stratumWeight += weights[order[start + k]];
    seen += stratumWeight;
    // A few shuffles of the stratum's slots; keep the one that leaves the running weights closest to the fractions.
    const rng = createRng(seed, 'split', groups[order[start]]);
    let bestGap = Infinity;
    let found = false;
    for (let c = 0; c < SPLIT_CANDIDATES; c++) {
      const phase = rng.next();
      for (let k = 0; k < SPLIT_STRATUM; k++) slots[k] = (k + phase) / SPLIT_STRATUM;
      rng.shuffle(slots);
      for (let sp = 0; sp < 3; sp++) totals[sp] = assigned[sp];
      for (let k = 0; k < size; k++) {
        const sp = splitOf(slots[k]);
        choice[k] = sp;
        totals[sp] += weights[order[start + k]];
      }
      let gap = 0;
      for (let sp = 0; sp < 3; sp++) if (target[sp] > 0) gap += (totals[sp] - target[sp] * seen) ** 2 / target[sp];
      if (gap < bestGap) {
        best.set(choice);
        bestGap = gap;
        found = true;
      }
    }
    if (!found) continue;
    for (let k = 0; k < size; k++) {
      out[order[start + k]] = best[k];
      assigned[best[k]] += weights[order[start + k]];
    }
  }
  return out;
}
