import { hash64, hashOut } from './hash';

/** Words per slot of the table: the stored value + 1 (0 = empty slot), then the hash's two halves. */
const STRIDE = 3;

/**
 * A set of 64-bit string hashes (two independent 32-bit halves) in one open-addressing typed array, with
 * one small value (0..255) per entry: no per-entry objects, 12 bytes per slot, no garbage collection. The table
 * doubles when the entries reach `maxLoad` of its slots (half by default: 24–48 bytes per entry;
 * three quarters: 16–32, for a set that may grow to millions of entries, at the price of longer probes). A
 * slot's value and halves lie side by side, so a probe reads one cache line, not one per array. Exact in
 * practice: two of 10 million strings collide with odds of about 1 in 300,000.
 */
export class HashSet64 {
  size = 0;
  /** `STRIDE` words per slot: value + 1 (0 = empty), hi, lo. */
  private table: Uint32Array;
  private mask: number;
  /** Entries at which the table doubles: `maxLoad` of its slots. */
  private limit: number;

  /**
   * `capacity`: the slots of the table at first (a power of two); `maxLoad`: the share of the slots
   * the entries may fill before the table doubles, from 0.25 to 0.75.
   */
  constructor(
    capacity = 1024,
    private readonly maxLoad = 0.5,
  ) {
    if (!(maxLoad >= 0.25 && maxLoad <= 0.75))
      throw new RangeError(`maxLoad must be from 0.25 to 0.75, got ${maxLoad}`);
    this.table = new Uint32Array(capacity * STRIDE);
    this.mask = capacity - 1;
    this.limit = limitOf(capacity, maxLoad);
  }

  /** Slots of the table (12 bytes each). */
  get slots(): number {
    return this.mask + 1;
  }

  /** Inserts `(hi, lo)` with `value` unless present; returns the stored value, or -1 when it was new. */
  upsert(hi: number, lo: number, value = 0): number {
    const table = this.table;
    const mask = this.mask;
    let i = (hi ^ lo) & mask;
    let at = i * STRIDE;
    while (table[at] !== 0) {
      if (table[at + 1] === hi && table[at + 2] === lo) return table[at] - 1;
      i = (i + 1) & mask;
      at = i * STRIDE;
    }
    table[at] = value + 1;
    table[at + 1] = hi;
    table[at + 2] = lo;
    if (++this.size >= this.limit) this.grow();
    return -1;
  }

  /**
   * Ors `flags` (1..255) into the value stored for `(hi, lo)`, inserting it when absent; returns the
   * value before (0 when it was new), e.g. to mark an id as seen in records (1) and in truth rows (2).
   */
  mark(hi: number, lo: number, flags: number): number {
    const table = this.table;
    const mask = this.mask;
    let i = (hi ^ lo) & mask;
    let at = i * STRIDE;
    while (table[at] !== 0) {
      if (table[at + 1] === hi && table[at + 2] === lo) {
        const before = table[at] - 1;
        table[at] = (before | flags) + 1;
        return before;
      }
      i = (i + 1) & mask;
      at = i * STRIDE;
    }
    table[at] = flags + 1;
    table[at + 1] = hi;
    table[at + 2] = lo;
    if (++this.size >= this.limit) this.grow();
    return 0;
  }

  /** The value stored for `(hi, lo)`, or -1 when absent. */
  get(hi: number, lo: number): number {
    const at = this.find(hi, lo);
    return at < 0 ? -1 : this.table[at] - 1;
  }

  /** Calls `f(hi, lo, value)` for every entry, in slot order. */
  forEach(f: (hi: number, lo: number, value: number) => void): void {
    const table = this.table;
    for (let at = 0; at < table.length; at += STRIDE)
      if (table[at] !== 0) f(table[at + 1], table[at + 2], table[at] - 1);
  }

  /** Every entry's hash halves, interleaved `[hi0, lo0, hi1, lo1, …]` (a compact, transferable copy). */
  toArray(): Uint32Array {
    const table = this.table;
    const out = new Uint32Array(this.size * 2);
    let j = 0;
    for (let at = 0; at < table.length; at += STRIDE) {
      if (table[at] === 0) continue;
      out[j++] = table[at + 1];
      out[j++] = table[at + 2];
    }
    return out;
  }

  /** Adds a pair of hash halves; true when it was new. */
  add(hi: number, lo: number): boolean {
    return this.upsert(hi, lo) === -1;
  }

  has(hi: number, lo: number): boolean {
    return this.find(hi, lo) >= 0;
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

  /** The table index of the slot holding `(hi, lo)`, or -1 when absent. */
  private find(hi: number, lo: number): number {
    const table = this.table;
    const mask = this.mask;
    let i = (hi ^ lo) & mask;
    let at = i * STRIDE;
    while (table[at] !== 0) {
      if (table[at + 1] === hi && table[at + 2] === lo) return at;
      i = (i + 1) & mask;
      at = i * STRIDE;
    }
    return -1;
  }

  /** Doubles the table, re-placing the entries in their old slot order (as inserting them again would). */
  private grow(): void {
    const old = this.table;
    const mask = (this.mask + 1) * 2 - 1;
    const table = new Uint32Array((mask + 1) * STRIDE);
    for (let from = 0; from < old.length; from += STRIDE) {
      if (old[from] === 0) continue;
      const hi = old[from + 1];
      const lo = old[from + 2];
      let i = (hi ^ lo) & mask;
      while (table[i * STRIDE] !== 0) i = (i + 1) & mask;
      const at = i * STRIDE;
      table[at] = old[from];
      table[at + 1] = hi;
      table[at + 2] = lo;
    }
    this.table = table;
    this.mask = mask;
    this.limit = limitOf(mask + 1, this.maxLoad);
  }
}

/** Entries at which a table of `slots` slots doubles: `maxLoad` of them, at least one. */
function limitOf(slots: number, maxLoad: number): number {
  return Math.max(1, Math.floor(slots * maxLoad));
}
