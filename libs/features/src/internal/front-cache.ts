/**
 * Puts a direct-mapped cache in front of a memoised string function: each key and its value side by side in one
 * array, at a slot chosen from the key's length and three of its code units. A hit reads one slot (and compares
 * the key), where a `Map` lookup walks its bucket and entry tables, which in a busy worker are seldom in cache. A
 * miss (an empty slot or another key there) asks `memo` and takes the slot. The values are the function's own.
 */
export function frontCache<T>(memo: (s: string) => T, slots = 1 << 13): (s: string) => T {
  const mask = slots - 1;
  const table: unknown[] = new Array<unknown>(slots * 2).fill(null);
  return (s: string): T => {
    const n = s.length;
    const slot = ((n * 31 + s.charCodeAt(0) * 7 + s.charCodeAt(n >> 1) * 131 + s.charCodeAt(n - 1)) & mask) << 1;
    if (table[slot] === s) return table[slot + 1] as T;
    const v = memo(s);
    table[slot] = s;
    table[slot + 1] = v;
    return v;
  };
}
