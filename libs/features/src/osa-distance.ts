import { rows } from './internal/buffers';

/**
 * Optimal string alignment distance (restricted Damerau-Levenshtein): Levenshtein plus adjacent
 * transpositions, no substring edited twice. Not a metric (triangle inequality fails: CA/ABC = 3).
 *
 * @example
 * osaDistance('CA', 'ABC'); // 3
 * osaDistance('abcd', 'acbd'); // 1
 */
export function osaDistance(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  const [r0, r1, r2] = rows(n + 1);
  let prev2 = r0; // row j-2
  let prev = r1; // row j-1
  let cur = r2; // row j
  for (let i = 0; i <= n; i++) prev[i] = i;
  for (let j = 1; j <= m; j++) {
    const cb = b.charCodeAt(j - 1);
    const cbPrev = j > 1 ? b.charCodeAt(j - 2) : -1;
    cur[0] = j;
    for (let i = 1; i <= n; i++) {
      const ca = a.charCodeAt(i - 1);
      const cost = ca === cb ? 0 : 1;
      let v = prev[i - 1] + cost;
      if (prev[i] + 1 < v) v = prev[i] + 1;
      if (cur[i - 1] + 1 < v) v = cur[i - 1] + 1;
      if (i > 1 && j > 1 && ca === cbPrev && a.charCodeAt(i - 2) === cb && prev2[i - 2] + 1 < v) {
        v = prev2[i - 2] + 1;
      }
      cur[i] = v;
    }
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[n];
}
