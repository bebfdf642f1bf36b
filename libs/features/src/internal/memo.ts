/**
 * Memoises a pure string function in a bounded `Map` (emptied when it reaches `max` entries).
 * For low-cardinality inputs such as names and company names, which repeat across many pairs.
 * The result is the function's own, so memoisation never changes an output.
 */
export function memoize<T>(fn: (s: string) => T, max = 4096): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}
