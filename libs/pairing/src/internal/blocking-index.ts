import type { Rng } from '@synth/random';
import { KeyNumbers } from './key-numbers';

/**
 * Blocking index: the records of each key, keys numbered in the order they were first met. Key `k`'s records
 * are `members[start[k]]` to `members[start[k + 1] - 1]`, in the order they were indexed (ascending for one
 * key function). Two typed arrays, with no array per key: most keys (an email local part, a zip + house number)
 * hold one record, and the few large ones are not grown push by push.
 */
export interface BlockingIndex {
  /** Number of keys. */
  readonly size: number;
  /** `size + 1` offsets into `members`. */
  readonly start: Int32Array;
  /** Record indices, key after key. */
  readonly members: Int32Array;
}

/**
 * Indexes each of `indices` under its key in each of `columns` (`column[i]` is record `i`'s key; an empty key or
 * NaN means none). Keys are strings or numbers (see `blocking-columns`); a string never equals a number.
 */
export function buildBlockingIndex(
  indices: readonly number[],
  columns: readonly ArrayLike<string | number>[],
): BlockingIndex {
  // The key number of each (column, index) entry, in indexing order; -1 for no key.
  const keyOf = new Int32Array(indices.length * columns.length);
  const ids = new KeyNumbers(keyOf.length);
  let entry = 0;
  for (const column of columns) {
    for (let x = 0; x < indices.length; x++) {
      const key = column[indices[x]];
      // NaN is the one key not equal to itself.
      keyOf[entry++] = key === '' || key !== key ? -1 : ids.numberOf(key);
    }
  }
  const size = ids.size;
  const start = new Int32Array(size + 1);
  for (let e = 0; e < entry; e++) if (keyOf[e] >= 0) start[keyOf[e] + 1]++;
  for (let k = 0; k < size; k++) start[k + 1] += start[k];
  const members = new Int32Array(start[size]);
  const next = start.slice(0, size);
  entry = 0;
  for (let f = 0; f < columns.length; f++) {
    for (let x = 0; x < indices.length; x++) {
      const id = keyOf[entry++];
      if (id >= 0) members[next[id]++] = indices[x];
    }
  }
  return { size, start, members };
}

/**
 * Visits every pair (i < j) inside each key, key by key in index order. A key with more than `cap` records is
 * sampled down to `cap` records first (seeded), so frequent keys cost at most cap² / 2 comparisons.
 * Returns how many keys were capped.
 */
export function forEachBlockedPair(
  index: BlockingIndex,
  cap: number,
  rng: Rng,
  visit: (i: number, j: number) => void,
): number {
  const { start, members } = index;
  let capped = 0;
  for (let k = 0; k < index.size; k++) {
    const from = start[k];
    const to = start[k + 1];
    if (to - from < 2) continue;
    if (to - from > cap) {
      capped++;
      const all: number[] = [];
      for (let m = from; m < to; m++) all.push(members[m]);
      const sample = rng
        .shuffle(all)
        .slice(0, cap)
        .sort((x, y) => x - y);
      for (let x = 0; x < sample.length - 1; x++) {
        for (let y = x + 1; y < sample.length; y++) visit(sample[x], sample[y]);
      }
      continue;
    }
    for (let x = from; x < to - 1; x++) {
      const i = members[x];
      for (let y = x + 1; y < to; y++) visit(i, members[y]);
    }
  }
  return capped;
}
