import type { Rng } from '@synth/random';

/** Blocking index: key → record indices (ascending, as inserted). */
export type BlockingIndex = Map<string, number[]>;

/** Indexes `indices` under every key `keysOf` gives (empty keys are skipped). */
export function buildBlockingIndex(indices: readonly number[], keysOf: (i: number) => readonly string[]): BlockingIndex {
  const index: BlockingIndex = new Map();
  for (const i of indices) {
    for (const key of keysOf(i)) {
      if (key === '') continue;
      const members = index.get(key);
      if (members) members.push(i);
      else index.set(key, [i]);
    }
  }
  return index;
}

/**
 * Visits every pair (i < j) inside each key. A key with more than `cap` records is sampled down
 * to `cap` records first (seeded), so frequent keys cost at most cap² / 2 comparisons.
 * Returns how many keys were capped.
 */
export function forEachBlockedPair(
  index: BlockingIndex,
  cap: number,
  rng: Rng,
  visit: (i: number, j: number) => void,
): number {
  let capped = 0;
  for (const all of index.values()) {
    if (all.length < 2) continue;
    let members = all;
    if (all.length > cap) {
      capped++;
      members = rng.shuffle([...all]).slice(0, cap).sort((x, y) => x - y);
    }
    for (let x = 0; x < members.length - 1; x++) {
      for (let y = x + 1; y < members.length; y++) visit(members[x], members[y]);
    }
  }
  return capped;
}
