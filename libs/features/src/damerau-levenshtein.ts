import { matrixBuffer } from './internal/buffers';

/** Last row (1-based) where each UTF-16 code unit was seen in `a`; reset after each call. */
const lastRow = new Int32Array(65536);

/**
 * Unrestricted Damerau-Levenshtein distance (Lowrance-Wagner): insert, delete, substitute and
 * transpose adjacent characters, substrings may be edited more than once. A metric.
 *
 * @example
 * damerauLevenshtein('CA', 'ABC'); // 2
 */
export function damerauLevenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  const w = m + 2;
  const d = matrixBuffer((n + 2) * w);
  const inf = n + m;
  d[0] = inf;
  for (let i = 0; i <= n; i++) {
    d[(i + 1) * w] = inf;
    d[(i + 1) * w + 1] = i;
  }
  for (let j = 0; j <= m; j++) {
    d[j + 1] = inf;
    d[w + j + 1] = j;
  }
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1);
    let lastCol = 0;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const i1 = lastRow[cb];
      const j1 = lastCol;
      let cost = 1;
      if (ca === cb) {
        cost = 0;
        lastCol = j;
      }
      let v = d[i * w + j] + cost; // substitution
      const ins = d[(i + 1) * w + j] + 1;
      if (ins < v) v = ins;
      const del = d[i * w + j + 1] + 1;
      if (del < v) v = del;
      const trans = d[i1 * w + j1] + (i - i1 - 1) + 1 + (j - j1 - 1);
      if (trans < v) v = trans;
      d[(i + 1) * w + j + 1] = v;
    }
    lastRow[ca] = i;
  }
  for (let i = 0; i < n; i++) lastRow[a.charCodeAt(i)] = 0;
  return d[(n + 1) * w + m + 1];
}
