import { hash64, hashOut } from './hash';

/**
 * A set of 64-bit string hashes (two independent 32-bit halves) in open-addressing typed arrays, with
 * one small value (0..255) per entry: no per-entry objects, about 20 bytes per entry, no garbage
 * collection. Exact in practice: two of 10 million strings collide with odds of about 1 in 300,000.
 */
export class HashSet64 {
  size = 0;
  private hi: Uint32Array;
  private lo: Uint32Array;
  /** 0 = empty slot, else value + 1. */
  private slot: Uint8Array;
  private mask: number;

  constructor(capacity = 1024) {
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.slot = new Uint8Array(capacity);
    this.mask = capacity - 1;
  }

  /** Inserts `(hi, lo)` with `value` unless present; returns the stored value, or -1 when it was new. */
  upsert(hi: number, lo: number, value = 0): number {
    let i = (hi ^ lo) & this.mask;
    while (this.slot[i]) {
      if (this.hi[i] === hi && this.lo[i] === lo) return this.slot[i] - 1;
      i = (i + 1) & this.mask;
    }
    this.slot[i] = value + 1;
    this.hi[i] = hi;
    this.lo[i] = lo;
    if (++this.size * 2 > this.mask) this.grow();
    return -1;
  }

  /**
   * Ors `flags` (1..255) into the value stored for `(hi, lo)`, inserting it when absent; returns the
   * value before (0 when it was new), e.g. to mark an id as seen in records (1) and in truth rows (2).
   */
  mark(hi: number, lo: number, flags: number): number {
    let i = (hi ^ lo) & this.mask;
    while (this.slot[i]) {
      if (this.hi[i] === hi && this.lo[i] === lo) {
        const before = this.slot[i] - 1;
        this.slot[i] = (before | flags) + 1;
        return before;
      }
      i = (i + 1) & this.mask;
    }
    this.upsert(hi, lo, flags);
    return 0;
  }

  /** The value stored for `(hi, lo)`, or -1 when absent. */
  get(hi: number, lo: number): number {
    let i = (hi ^ lo) & this.mask;
    while (this.slot[i]) {
      if (this.hi[i] === hi && this.lo[i] === lo) return this.slot[i] - 1;
      i = (i + 1) & this.mask;
    }
    return -1;
  }

  /** Calls `f(hi, lo, value)` for every entry, in slot order. */
  forEach(f: (hi: number, lo: number, value: number) => void): void {
    for (let i = 0; i < this.slot.length; i++) if (this.slot[i]) f(this.hi[i], this.lo[i], this.slot[i] - 1);
  }

  /** Every entry's hash halves, interleaved `[hi0, lo0, hi1, lo1, …]` (a compact, transferable copy). */
  toArray(): Uint32Array {
    const out = new Uint32Array(this.size * 2);
    let j = 0;
    for (let i = 0; i < this.slot.length; i++) {
      if (!this.slot[i]) continue;
      out[j++] = this.hi[i];
      out[j++] = this.lo[i];
    }
    return out;
  }

  /** Adds a pair of hash halves; true when it was new. */
  add(hi: number, lo: number): boolean {
    return this.upsert(hi, lo) === -1;
  }

  has(hi: number, lo: number): boolean {
    let i = (hi ^ lo) & this.mask;
    while (this.slot[i]) {
      if (this.hi[i] === hi && this.lo[i] === lo) return true;
      i = (i + 1) & this.mask;
    }
    return false;
  }

  /** Adds a string by its hash; true when it was new. */
  addString(s: string): boolean {
    hash64(s);
    return this.add(hashOut[0], hashOut[1]);
  }

  hasString(s: string): boolean {
    hash64(s);
    return this.has(hashOut[0], hashOut[1]);
  }

  /** Stores `value` for a string unless present; returns the stored value, or -1 when it was new. */
  upsertString(s: string, value: number): number {
    hash64(s);
    return this.upsert(hashOut[0], hashOut[1], value);
  }

  private grow(): void {
    const { hi, lo, slot } = this;
    const capacity = (this.mask + 1) * 2;
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.slot = new Uint8Array(capacity);
    this.mask = capacity - 1;
    this.size = 0;
    for (let i = 0; i < slot.length; i++) if (slot[i]) this.upsert(hi[i], lo[i], slot[i] - 1);
  }
}
