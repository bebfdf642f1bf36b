/**
 * A growing list of labelled pairs in three typed columns: the two record indices (`a < b`) and the kind (an
 * index into `PAIR_KINDS`). Positives, selected hard negatives and random negatives are held this way from
 * mining to the feature columns, with no object per pair for the scavenger to copy.
 */
export class LabelledPairs {
  private as: Int32Array;
  private bs: Int32Array;
  private kinds: Uint8Array;
  private count = 0;

  constructor(capacity = 64) {
    const size = Math.max(16, capacity);
    this.as = new Int32Array(size);
    this.bs = new Int32Array(size);
    this.kinds = new Uint8Array(size);
  }

  get length(): number {
    return this.count;
  }

  /** Adds the pair `(a, b)` of kind `kind`: record indices from 0 to 2^31 − 1, a kind from 0 to 255. */
  push(a: number, b: number, kind: number): void {
    if (this.count === this.as.length) this.reserve(this.count * 2);
    this.as[this.count] = a;
    this.bs[this.count] = b;
    this.kinds[this.count++] = kind;
  }

  /** The first record of pair `i`. */
  a(i: number): number {
    return this.as[i];
  }

  /** The second record of pair `i`. */
  b(i: number): number {
    return this.bs[i];
  }

  /** The kind of pair `i`, as an index into `PAIR_KINDS`. */
  kind(i: number): number {
    return this.kinds[i];
  }

  /** Appends every pair of `other`, in its order. */
  append(other: LabelledPairs): this {
    const n = this.count + other.count;
    if (n > this.as.length) this.reserve(n);
    this.as.set(other.as.subarray(0, other.count), this.count);
    this.bs.set(other.bs.subarray(0, other.count), this.count);
    this.kinds.set(other.kinds.subarray(0, other.count), this.count);
    this.count = n;
    return this;
  }

  /** The pairs at `positions[0]`, …, `positions[count - 1]` of this list, in that order. */
  pick(positions: readonly number[], count: number): LabelledPairs {
    const out = new LabelledPairs(count);
    for (let p = 0; p < count; p++) {
      const i = positions[p];
      out.push(this.as[i], this.bs[i], this.kinds[i]);
    }
    return out;
  }

  /** Keeps the first `count` pairs. */
  truncate(count: number): this {
    if (count < this.count) this.count = Math.max(0, count);
    return this;
  }

  /**
   * Sorts the pairs in place by kind, then `a`, then `b` (the pairs are distinct, so the order is one). Each pair
   * is one number, `(kind × records + a) × records + b` for record indices below `records`, and the numbers are
   * sorted as numbers (a typed-array sort, with no comparator call per comparison) while they stay exact.
   */
  sort(records: number): this {
    const n = this.count;
    const r = Math.max(1, records);
    if (256 * r * r > Number.MAX_SAFE_INTEGER) return this.sortByComparator();
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (this.kinds[i] * r + this.as[i]) * r + this.bs[i];
    keys.sort();
    for (let i = 0; i < n; i++) {
      const key = keys[i];
      const b = key % r;
      const rest = (key - b) / r;
      const a = rest % r;
      this.as[i] = a;
      this.bs[i] = b;
      this.kinds[i] = (rest - a) / r;
    }
    return this;
  }

  /** {@link sort} for record indices too large to pack into one exact number. */
  private sortByComparator(): this {
    const { as, bs, kinds } = this;
    const order = Array.from({ length: this.count }, (_, i) => i);
    order.sort((x, y) => kinds[x] - kinds[y] || as[x] - as[y] || bs[x] - bs[y]);
    const copy = this.pick(order, order.length);
    this.as = copy.as;
    this.bs = copy.bs;
    this.kinds = copy.kinds;
    return this;
  }

  private reserve(capacity: number): void {
    const as = new Int32Array(capacity);
    const bs = new Int32Array(capacity);
    const kinds = new Uint8Array(capacity);
    as.set(this.as.subarray(0, this.count));
    bs.set(this.bs.subarray(0, this.count));
    kinds.set(this.kinds.subarray(0, this.count));
    this.as = as;
    this.bs = bs;
    this.kinds = kinds;
  }
}
