/**
 * Hashes to {@link CompactHashSet.touch} at a time before adding them: few enough that the cache lines read stay
 * cached until the hashes are added, enough for the reads' misses to overlap.
 */
export const TOUCH_BATCH = 512;

/**
 * A set of 64-bit hashes (two 32-bit halves) with nothing else per entry: 8 bytes per slot of one
 * open-addressing typed array (at most half the slots used), against 12 for a {@link HashSet64}, so a large
 * set spans a third less memory and its lookups miss the cache less often. An empty slot holds `(0, 0)`; the
 * hash `(0, 0)` itself is kept aside. Made for counting distinct values: it tells its size and lists its
 * entries, in no particular order.
 */
export class CompactHashSet {
  /** Entries held. */
  size = 0;
  /** Two words per slot: hi, lo; `(0, 0)` = empty. */
  private table: Uint32Array;
  private mask: number;
  /** Whether the hash `(0, 0)`, which the table cannot hold, is in the set. */
  private hasZero = false;
  /** What the last {@link touch} read (unused: it only keeps the reads). */
  private touched = 0;

  /** `capacity`: the slots of the table at first (a power of two). */
  constructor(capacity = 1024) {
    this.table = new Uint32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  /** Empties the set, keeping its table (zeroed) for the next entries. */
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
      this.size++;
      return true;
    }
    const table = this.table;
    const mask = this.mask;
    let at = ((hi ^ lo) & mask) * 2;
    for (;;) {
      const h = table[at];
      const l = table[at + 1];
      if ((h | l) === 0) break;
      if (h === hi && l === lo) return false;
      at = (at + 2) & (mask * 2 + 1);
    }
    table[at] = hi;
    table[at + 1] = lo;
    if (++this.size * 2 > mask) this.grow(mask * 2 + 1);
    return true;
  }

  /**
   * Reads the slot where each of the hashes `[from, to)` of `hashes` (interleaved `[hi0, lo0, hi1, lo1, …]`)
   * would be looked for first, adding nothing: the loads do not depend on one another, so the processor overlaps
   * their cache misses, and adding the same hashes right after finds their slots cached. A table larger than the
   * cache otherwise misses once per `add`, each miss waited for in turn. Worth it for a batch of a few hundred
   * hashes (their slots stay cached until they are added).
   *
   * @example
   * set.touch(hashes, 0, n);
   * for (let i = 0; i < 2 * n; i += 2) set.add(hashes[i], hashes[i + 1]);
   */
  touch(hashes: Uint32Array, from: number, to: number): void {
    const table = this.table;
    const mask = this.mask;
    let any = 0;
    for (let i = 2 * from; i < 2 * to; i += 2) any |= table[((hashes[i] ^ hashes[i + 1]) & mask) * 2];
    // Kept, so that the loads are not dropped as dead code.
    this.touched = any;
  }

  /**
   * Makes room for `count` more entries at once (the table doubles as often as it would for them, in one
   * go), e.g. before adding a batch of hashes of which most may be new.
   */
  reserve(count: number): void {
    let mask = this.mask;
    while ((this.size + count) * 2 > mask) mask = mask * 2 + 1;
    if (mask !== this.mask) this.grow(mask);
  }

  /** Calls `f(hi, lo)` for every entry (in no particular order). */
  forEach(f: (hi: number, lo: number) => void): void {
    if (this.hasZero) f(0, 0);
    const table = this.table;
    for (let at = 0; at < table.length; at += 2) if ((table[at] | table[at + 1]) !== 0) f(table[at], table[at + 1]);
  }

  /** Moves the entries to a table of `mask + 1` slots (a larger power of two). */
  private grow(mask: number): void {
    const old = this.table;
    const table = new Uint32Array((mask + 1) * 2);
    for (let from = 0; from < old.length; from += 2) {
      const hi = old[from];
      const lo = old[from + 1];
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
