/**
 * A growing list of record-index pairs in two Int32 columns: no object per pair, for the hundreds of
 * thousands of hard-negative candidates a block can have when only a few thousand are kept.
 */
export class PairList {
  private as = new Int32Array(256);
  private bs = new Int32Array(256);
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(a: number, b: number): void {
    if (this.count === this.as.length) {
      const as = new Int32Array(this.count * 2);
      const bs = new Int32Array(this.count * 2);
      as.set(this.as);
      bs.set(this.bs);
      this.as = as;
      this.bs = bs;
    }
    this.as[this.count] = a;
    this.bs[this.count++] = b;
  }

  /** The first record of pair `i`. */
  a(i: number): number {
    return this.as[i];
  }

  /** The second record of pair `i`. */
  b(i: number): number {
    return this.bs[i];
  }
}
