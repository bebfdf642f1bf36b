/**
 * Numbers keys in the order they are first met (0, 1, 2, …), as a `Map<key, number>` filled on first sight
 * would. The usual blocking keys are 32-bit integers (see `blocking-keys`): those go into an open-addressing
 * table of two `Int32Array`s, with no hashing through a `Map`; any other key (a string, a larger number) goes
 * into a `Map`. A string never equals a number, and `-0` is `0`, as for a `Map`.
 */
export class KeyNumbers {
  private keys: Int32Array;
  /** The number of the key in the same slot, -1 for an empty slot. */
  private ids: Int32Array;
  private mask: number;
  private ints = 0;
  private readonly other = new Map<string | number, number>();
  private count = 0;

  /** `expected`: about how many distinct integer keys there will be (the table grows past it). */
  constructor(expected = 64) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Int32Array(capacity);
    this.ids = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  /** How many distinct keys have been numbered. */
  get size(): number {
    return this.count;
  }

  /** The number of `key`: the one it was given when first met, else the next one. */
  numberOf(key: string | number): number {
    if (typeof key !== 'number' || (key | 0) !== key) {
      const known = this.other.get(key);
      if (known !== undefined) return known;
      this.other.set(key, this.count);
      return this.count++;
    }
    const slot = this.slot(key | 0);
    const known = this.ids[slot];
    if (known >= 0) return known;
    this.keys[slot] = key;
    this.ids[slot] = this.count;
    if (++this.ints * 2 > this.mask) this.grow();
    return this.count++;
  }

  /** The slot of `key`: where it is, or the empty slot where it would go. */
  private slot(key: number): number {
    let h = Math.imul(key, 0x9e3779b1);
    h ^= h >>> 16;
    let i = h & this.mask;
    while (this.ids[i] >= 0 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  private grow(): void {
    const keys = this.keys;
    const ids = this.ids;
    this.keys = new Int32Array(keys.length * 2);
    this.ids = new Int32Array(keys.length * 2).fill(-1);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (ids[i] < 0) continue;
      const slot = this.slot(keys[i]);
      this.keys[slot] = keys[i];
      this.ids[slot] = ids[i];
    }
  }
}
