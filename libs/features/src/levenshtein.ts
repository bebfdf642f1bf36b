import { rows } from './internal/buffers';

/**
 * Levenshtein edit distance (insert, delete, substitute; each cost 1) on raw strings (case-sensitive).
 * Two reused Int32 rows, common prefix and suffix skipped: no allocation per call.
 *
 * @example
 * levenshtein('kitten', 'sitting'); // 3
 */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length > b.length) {
    const t = a;
    a = b;
    b = t;
  }
  let start = 0;
  let la = a.length;
  let lb = b.length;
  while (start < la && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (la > start && a.charCodeAt(la - 1) === b.charCodeAt(lb - 1)) {
    la--;
    lb--;
  }
  const n = la - start;
  const m = lb - start;
  if (n === 0) return m;
  const [row] = rows(n + 1);
  for (let i = 0; i <= n; i++) row[i] = i;
  for (let j = 1; j <= m; j++) {
    const cb = b.charCodeAt(start + j - 1);
    let diag = row[0];
    row[0] = j;
    for (let i = 1; i <= n; i++) {
      const up = row[i];
      const cost = a.charCodeAt(start + i - 1) === cb ? 0 : 1;
      let v = diag + cost;
      if (up + 1 < v) v = up + 1;
      if (row[i - 1] + 1 < v) v = row[i - 1] + 1;
      row[i] = v;
      diag = up;
    }
  }
  return row[n];
}
