import { CompactHashSet, TOUCH_BATCH } from './compact-hash-set';

/**
 * A reusable set of 64-bit hashes (two 32-bit halves) that lists its entries in insertion order: made for
 * collecting the distinct hashes of one batch of values after another. The set itself is a
 * {@link CompactHashSet} (8 bytes per slot, so that it spans little of the cache); beside it the entries are kept
 * in the order they came. The table grows only when a batch needs it and keeps its size for the next batch
 * (`clear()` zeroes it), and `toArray()` copies only the entries, not the table.
 */
export class DistinctHashes {
  private readonly set: CompactHashSet;
  /** The entries in insertion order, interleaved `[hi0, lo0, hi1, lo1, …]`. */
  private list: Uint32Array<ArrayBuffer> = new Uint32Array(0);

  /** `capacity`: the slots of the table at first (rounded up to a power of two, at least 2). */
  constructor(capacity = 1024) {
    this.set = new CompactHashSet(2 ** Math.max(1, Math.ceil(Math.log2(Math.max(2, capacity)))));
  }

  /** Entries held. */
  get size(): number {
    return this.set.size;
  }

  /** Empties the set, keeping its memory. */
  clear(): void {
    this.set.clear();
  }

  /** Adds a pair of hash halves; true when it was new. */
  add(hi: number, lo: number): boolean {
    if (!this.set.add(hi, lo)) return false;
    const at = (this.set.size - 1) * 2;
    if (at + 2 > this.list.length) this.list = growArray(this.list, at + 2);
    this.list[at] = hi;
    this.list[at + 1] = lo;
    return true;
  }

  /**
   * Adds the first `count` hashes of `hashes` (interleaved `[hi0, lo0, hi1, lo1, …]`) in that order, as `add` of
   * each in turn would: a few hundred at a time, their slots read all at once first ({@link CompactHashSet.touch})
   * so that their cache misses overlap instead of coming one after the other.
   *
   * @example
   * set.addAll(Uint32Array.of(1, 2, 3, 4, 1, 2), 3); // adds (1, 2) and (3, 4)
   */
  addAll(hashes: Uint32Array, count: number): void {
    for (let from = 0; from < count; from += TOUCH_BATCH) {
      const to = Math.min(count, from + TOUCH_BATCH);
      this.set.touch(hashes, from, to);
      for (let i = 2 * from; i < 2 * to; i += 2) this.add(hashes[i], hashes[i + 1]);
    }
  }

  /** The entries in insertion order, interleaved `[hi0, lo0, hi1, lo1, …]` (a compact, transferable copy). */
  toArray(): Uint32Array {
    return this.list.slice(0, this.set.size * 2);
  }
}

/** A copy of `array` with room for at least `length` values (doubling). */
function growArray(array: Uint32Array, length: number): Uint32Array<ArrayBuffer> {
  const out = new Uint32Array(Math.max(length, array.length * 2, 64));
  out.set(array);
  return out;
}
