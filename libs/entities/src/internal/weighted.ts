import type { Rng } from '@synth/random';

/** Picks items in proportion to their weights with one draw and a binary search. */
export class Weighted<T> {
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    for (let i = 0; i < items.length; i++) {
      sum += weights[i];
      this.cumulative[i] = sum;
    }
    this.total = sum;
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

  /** The index of the item at `u` ∈ [0, 1) of the cumulative weights. */
  indexAt(u: number): number {
    const x = u * this.total;
    const c = this.cumulative;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
