const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const imul = Math.imul;

/** What {@link DistinctNumbers.scan} found: the values' count as a `Set` counts them, and extremes. */
export interface NumberSummary {
  /** Distinct present values, equal as in a `Set` (`-0` is `0`, every NaN one value). */
  distinct: number;
  /** Largest and smallest present value as a first-seen-order scan by `>` and `<` finds them, `-0` as `0`. */
  max: number | undefined;
  min: number | undefined;
}

/**
 * Counts the distinct values of a page of numbers in an open-addressing table of their bit patterns, reused
 * from page to page: no boxed number and no `Set` entry per value. Same counts and extremes as a `Set` of the
 * values scanned in first-seen order (a NaN first keeps both extremes NaN; a later NaN is passed over).
 *
 * @example
 * new DistinctNumbers().scan(Float64Array.of(2, -0, 0, 2, 5), Uint8Array.of(1, 1, 1, 1, 0), 5);
 * // { distinct: 2, max: 2, min: 0 }
 */
export class DistinctNumbers {
  /** Per slot: generation (slot used in this scan when equal to the current one), then the two words. */
  private table = new Uint32Array(0);
  private mask = -1;
  private generation = 0;

  /** The summary of the present values (`present[i] === 1`) of `numbers[0..n)`. */
  scan(numbers: Float64Array, present: Uint8Array, n: number): NumberSummary {
    this.prepare(n);
    const { table, mask, generation } = this;
    let distinct = 0;
    let nan = false;
    let max: number | undefined;
    let min: number | undefined;
    let first = true;
    // The last value counted (NaN: none yet): a run of one value (0s and 1s of a binary feature) is counted once.
    let last = Number.NaN;
    for (let i = 0; i < n; i++) {
      if (present[i] !== 1) continue;
      let v = numbers[i];
      if (v === last) continue;
      if (v !== v) {
        if (first) max = min = v;
        first = false;
        nan = true;
        continue;
      }
      if (v === 0) v = 0;
      if (first) max = min = v;
      else if (max === max) {
        if (v > (max as number)) max = v;
        if (v < (min as number)) min = v;
      }
      first = false;
      last = v;
      bits[0] = v;
      const lo = words[0];
      const hi = words[1];
      let slot = mix(hi ^ imul(lo, 0x9e3779b1)) & mask;
      for (;;) {
        const at = slot * 3;
        if (table[at] !== generation) {
          table[at] = generation;
          table[at + 1] = lo;
          table[at + 2] = hi;
          distinct++;
          break;
        }
        if (table[at + 1] === lo && table[at + 2] === hi) break;
        slot = (slot + 1) & mask;
      }
    }
    return { distinct: distinct + (nan ? 1 : 0), max, min };
  }

  /** Makes room for `n` values at most (load at most one half) and starts a new generation. */
  private prepare(n: number): void {
    let capacity = 16;
    while (capacity < 2 * n) capacity *= 2;
    if (capacity - 1 > this.mask) {
      this.table = new Uint32Array(capacity * 3);
      this.mask = capacity - 1;
      this.generation = 0;
    }
    if (++this.generation === 0xffffffff) {
      this.table.fill(0);
      this.generation = 1;
    }
  }
}

/** murmur3's final mix: spreads every input bit over the 32 output bits. */
function mix(h: number): number {
  h = imul(h ^ (h >>> 16), 0x85ebca6b);
  h = imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
