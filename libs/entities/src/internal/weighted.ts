import type { Rng } from '@synth/random';

/** Lists at least this long get a guide table (short ones search fast enough). */
const GUIDED = 64;

/**
 * Picks items in proportion to their weights with one draw and a search of the cumulative weights. Long lists
 * (name tables: thousands of entries) keep a guide table: for each of `n` equal slices of [0, total) the first
 * index whose cumulative weight passes the slice's start, so a draw searches only between two guides (one or two
 * steps) and returns exactly the index the full binary search would.
 */
export class Weighted<T> {
  private readonly cumulative: Float64Array;
  private readonly total: number;
  private readonly guide: Int32Array | null;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    const n = items.length;
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += weights[i];
      this.cumulative[i] = sum;
    }
    this.total = sum;
    this.guide = null;
    if (n >= GUIDED) {
      const guide = new Int32Array(n + 1);
      for (let b = 0; b <= n; b++) guide[b] = this.search((b / n) * sum, 0, n - 1);
      this.guide = guide;
    }
  }

  static of<T>(pairs: readonly (readonly [T, number])[]): Weighted<T> {
    return new Weighted(
      pairs.map((p) => p[0]),
      pairs.map((p) => p[1]),
    );
  }

  pick(rng: Rng): T {
    return this.at(rng.next());
  }

  /** The item at `u` ∈ [0, 1) of the cumulative weights (`pick` with a given draw); zero weights never win. */
  at(u: number): T {
    return this.items[this.indexAt(u)];
  }

  /** The index of the item at `u` ∈ [0, 1): the first whose cumulative weight exceeds `u × total`. */
  indexAt(u: number): number {
    const x = u * this.total;
    const c = this.cumulative;
    const last = c.length - 1;
    const guide = this.guide;
    if (guide !== null) {
      const b = Math.floor(u * c.length);
      // One index of margin on each side absorbs rounding; the bounds are checked, so the answer is exact.
      const lo = Math.max(0, guide[b] - 1);
      const hi = Math.min(last, guide[b + 1] + 1);
      if (c[hi] > x && (lo === 0 || c[lo - 1] <= x)) return this.search(x, lo, hi);
    }
    return this.search(x, 0, last);
  }

  /** The first index in [lo, hi] whose cumulative weight exceeds `x` (hi when none does). */
  private search(x: number, lo: number, hi: number): number {
    const c = this.cumulative;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
