import type { Rng } from '@synth/random';

/**
 * Blocking index: key → record indices (ascending, as inserted). A key with one record holds the
 * bare index (no array), since most keys (an email local part, a zip + house number) are unique.
 * Keys are strings or numbers (see `blocking-keys`); a string never equals a number.
 */
export type BlockingIndex = Map<string | number, number | number[]>;

/** Indexes each of `indices` under the key each of `keyFns` gives it (an empty key means none). */
export function buildBlockingIndex<R>(
  indices: readonly number[],
  records: readonly R[],
  keyFns: readonly ((record: R) => string | number)[],
): BlockingIndex {
  const index: BlockingIndex = new Map();
  for (const keyOf of keyFns) {
    for (const i of indices) {
      const key = keyOf(records[i]);
      if (key === '') continue;
      const members = index.get(key);
      if (members === undefined) index.set(key, i);
      else if (typeof members === 'number') index.set(key, [members, i]);
      else members.push(i);
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
    if (typeof all === 'number') continue;
    let members = all;
    if (all.length > cap) {
      capped++;
      members = rng
        .shuffle([...all])
        .slice(0, cap)
        .sort((x, y) => x - y);
    }
    for (let x = 0; x < members.length - 1; x++) {
      for (let y = x + 1; y < members.length; y++) visit(members[x], members[y]);
    }
  }
  return capped;
}
