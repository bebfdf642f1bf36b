/**
 * A reusable set of 64-bit hashes (two 32-bit halves) that lists its entries in insertion order: made for
 * collecting the distinct hashes of one batch of values after another. The table holds nothing but the hashes,
 * 8 bytes per slot (at most half the slots used), so that it spans little of the cache; an empty slot holds
 * `(0, 0)`, and the hash `(0, 0)` itself is kept aside. The table grows only when a batch needs it and keeps its
 * size for the next batch (`clear()` zeroes it), and `toArray()` copies only the entries, not the table.
 */
export class DistinctHashes {
  size = 0;
  /** Two words per slot: hi, lo; `(0, 0)` = empty. */
  private table = new Uint32Array(0);
  private mask = -1;
  /** Whether the hash `(0, 0)`, which the table cannot hold, is in the set. */
  private hasZero = false;
  /** The entries in insertion order, interleaved `[hi0, lo0, hi1, lo1, …]`. */
  private list: Uint32Array<ArrayBuffer> = new Uint32Array(0);

  /** `capacity`: the slots of the table at first (rounded up to a power of two, at least 2). */
  constructor(capacity = 1024) {
    this.resize(2 ** Math.max(1, Math.ceil(Math.log2(Math.max(2, capacity)))));
  }

  /** Empties the set, keeping its memory. */
  clear(): void {
    if (this.size > (this.hasZero ? 1 : 0)) this.table.fill(0);
    this.size = 0;
    this.hasZero = false;
  }

  /** Adds a pair of hash halves; true when it was new. */
  add(hi: number, lo: number): boolean {
    if ((hi | lo) === 0) {
      if (this.hasZero) return false;
      this.hasZero = true;
    } else {
      const table = this.table;
      const wrap = this.mask * 2 + 1;
      let at = ((hi ^ lo) & this.mask) * 2;
      for (;;) {
        const h = table[at];
        const l = table[at + 1];
        if ((h | l) === 0) break;
        if (h === hi && l === lo) return false;
        at = (at + 2) & wrap;
      }
      table[at] = hi;
      table[at + 1] = lo;
    }
    const at = this.size * 2;
    if (at + 2 > this.list.length) this.list = growArray(this.list, at + 2);
    this.list[at] = hi;
    this.list[at + 1] = lo;
    if (++this.size * 2 > this.mask) this.resize((this.mask + 1) * 2);
    return true;
  }

  /** The entries in insertion order, interleaved `[hi0, lo0, hi1, lo1, …]` (a compact, transferable copy). */
  toArray(): Uint32Array {
    return this.list.slice(0, this.size * 2);
  }

  /** A table of `capacity` slots (a power of two) holding the current entries. */
  private resize(capacity: number): void {
    const table = new Uint32Array(capacity * 2);
    const mask = capacity - 1;
    const { list, size } = this;
    for (let j = 0; j < size * 2; j += 2) {
      const hi = list[j];
      const lo = list[j + 1];
      if ((hi | lo) === 0) continue;
      let at = ((hi ^ lo) & mask) * 2;
      while ((table[at] | table[at + 1]) !== 0) at = (at + 2) & (mask * 2 + 1);
      table[at] = hi;
      table[at + 1] = lo;
    }
    this.table = table;
    this.mask = mask;
  }
}

/** A copy of `array` with room for at least `length` values (doubling). */
function growArray(array: Uint32Array, length: number): Uint32Array<ArrayBuffer> {
  const out = new Uint32Array(Math.max(length, array.length * 2, 64));
  out.set(array);
  return out;
}
