/**
 * A set of record-index pairs (a < b) in one open-addressing table of Int32 slots: no per-entry
 * allocation, and no large-number keys whatever the number of records.
 */
export class PairSet {
  private keysA: Int32Array;
  private keysB: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keysA = new Int32Array(capacity).fill(-1);
    this.keysB = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  private slot(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15;
    let i = h & this.mask;
    while (this.keysA[i] !== -1 && (this.keysA[i] !== a || this.keysB[i] !== b)) i = (i + 1) & this.mask;
    return i;
  }

  has(a: number, b: number): boolean {
    return this.keysA[this.slot(a, b)] !== -1;
  }

  /** Adds the pair; false when it was already there. */
  add(a: number, b: number): boolean {
    const i = this.slot(a, b);
    if (this.keysA[i] !== -1) return false;
    this.keysA[i] = a;
    this.keysB[i] = b;
    if (++this.count * 2 > this.mask) this.grow();
    return true;
  }

  private grow(): void {
    const oldA = this.keysA;
    const oldB = this.keysB;
    this.keysA = new Int32Array(oldA.length * 2).fill(-1);
    this.keysB = new Int32Array(oldA.length * 2);
    this.mask = this.keysA.length - 1;
    for (let i = 0; i < oldA.length; i++) {
      if (oldA[i] === -1) continue;
      const j = this.slot(oldA[i], oldB[i]);
      this.keysA[j] = oldA[i];
      this.keysB[j] = oldB[i];
    }
  }
}
