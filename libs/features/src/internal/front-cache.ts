/**
 * Puts a direct-mapped cache in front of a memoised string function: each key and its value side by side in one
 * array, at a slot chosen from the key's length and five of its code units (the first two, the middle one and the
 * last two), mixed by a multiplicative hash whose top bits pick the slot, so that names (short, of few letters)
 * spread over the slots. A hit reads one slot (and compares the key), where a `Map` lookup walks its bucket and
 * entry tables, which in a busy worker are seldom in cache. A miss (an empty slot or another key there) asks `memo`
 * and takes the slot. The values are the function's own. `slots` is a power of two.
 */
export function frontCache<T>(memo: (s: string) => T, slots = 1 << 14): (s: string) => T {
  const mask = slots - 1;
  // The top bits of the product, which depend on every bit of the mixed code units (a shift of 32 is one of 0).
  const shift = Math.clz32(mask);
  const table: unknown[] = new Array<unknown>(slots * 2).fill(null);
  return (s: string): T => {
    const n = s.length;
    // A code unit past either end is NaN, which any bitwise operation takes as 0.
    const mixed =
      (s.charCodeAt(0) << 24) ^
      (s.charCodeAt(1) << 16) ^
      (s.charCodeAt(n - 2) << 12) ^
      (s.charCodeAt(n >> 1) << 8) ^
      (n << 5) ^
      s.charCodeAt(n - 1);
    const slot = ((Math.imul(mixed, 0x9e3779b1) >>> shift) & mask) << 1;
    if (table[slot] === s) return table[slot + 1] as T;
    const v = memo(s);
    table[slot] = s;
    table[slot + 1] = v;
    return v;
  };
}
