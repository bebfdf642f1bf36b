/**
 * A reusable set of 64-bit hashes (two 32-bit halves) that lists its entries in insertion order: made for
 * collecting the distinct hashes of one batch of values after another. `clear()` costs nothing (a new
 * generation marks every slot empty), the table grows only when a batch needs it and keeps its size for
 * the next batch, and `toArray()` copies only the entries, not the table.
 */
export class DistinctHashes {
  size = 0;
  /** Four numbers per slot: generation, hi, lo, unused (a probe reads one cache line). */
  private table = new Uint32Array(0);
  private mask = -1;
  private generation = 1;
  /** The entries in insertion order, interleaved `[hi0, lo0, hi1, lo1, …]`. */
  private list: Uint32Array<ArrayBuffer> = new Uint32Array(0);

  /** `capacity`: the slots of the table at first (rounded up to a power of two, at least 2). */
  constructor(capacity = 1024) {
    this.resize(2 ** Math.max(1, Math.ceil(Math.log2(Math.max(2, capacity)))));
  }

  /** Empties the set, keeping its memory. */
  clear(): void {
    this.size = 0;
    if (++this.generation === 0xffffffff) {
      for (let i = 0; i < this.table.length; i += 4) this.table[i] = 0;
      this.generation = 1;
    }
  }

  /** Adds a pair of hash halves; true when it was new. */
  add(hi: number, lo: number): boolean {
    const { mask, generation, table } = this;
    let i = (hi ^ lo) & mask;
    while (table[i * 4] === generation) {
      if (table[i * 4 + 1] === hi && table[i * 4 + 2] === lo) return false;
      i = (i + 1) & mask;
    }
    this.put(i, hi, lo);
    const at = this.size * 2;
    if (at + 2 > this.list.length) this.list = growArray(this.list, at + 2);
    this.list[at] = hi;
    this.list[at + 1] = lo;
    if (++this.size * 2 > mask) this.resize((mask + 1) * 2);
    return true;
  }

  /** The entries in insertion order, interleaved `[hi0, lo0, hi1, lo1, …]` (a compact, transferable copy). */
  toArray(): Uint32Array {
    return this.list.slice(0, this.size * 2);
  }

  private put(i: number, hi: number, lo: number): void {
    this.table[i * 4] = this.generation;
    this.table[i * 4 + 1] = hi;
    this.table[i * 4 + 2] = lo;
  }

  /** A table of `capacity` slots (a power of two) holding the current entries. */
  private resize(capacity: number): void {
    this.table = new Uint32Array(capacity * 4);
    this.mask = capacity - 1;
    const { list, size } = this;
    for (let j = 0; j < size * 2; j += 2) {
      let i = (list[j] ^ list[j + 1]) & this.mask;
      while (this.table[i * 4] === this.generation) i = (i + 1) & this.mask;
      this.put(i, list[j], list[j + 1]);
    }
  }
}

/** A copy of `array` with room for at least `length` values (doubling). */
function growArray(array: Uint32Array, length: number): Uint32Array<ArrayBuffer> {
  const out = new Uint32Array(Math.max(length, array.length * 2, 64));
  out.set(array);
  return out;
}
