import { flags } from './internal/buffers';

/**
 * Jaro similarity in [0, 1] on raw strings (case-sensitive, UTF-16 code units).
 * Match window `floor(max(|a|, |b|) / 2) - 1`; `jaro('', '') = 1`, one side empty → 0.
 * The pair is put in a canonical order first, so `jaro(a, b) === jaro(b, a)` exactly.
 *
 * @example
 * jaro('JELLYFISH', 'SMELLYFISH'); // 0.896296…
 */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  // Canonical order: the greedy matching is order-dependent in rare cases.
  if (a.length > b.length || (a.length === b.length && a > b)) {
    const t = a;
    a = b;
    b = t;
  }
  const la = a.length;
  const lb = b.length;
  if (la === 0) return 0;
  const window = Math.max(0, (lb >> 1) - 1);
  const [fa, fb] = flags(la, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const c = a.charCodeAt(i);
    const lo = i > window ? i - window : 0;
    const hi = i + window + 1 < lb ? i + window + 1 : lb;
    for (let j = lo; j < hi; j++) {
      if (fb[j] === 0 && b.charCodeAt(j) === c) {
        fa[i] = 1;
        fb[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let half = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (fa[i] === 0) continue;
    while (fb[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) half++;
    k++;
  }
  const t = half / 2;
  return (matches / la + matches / lb + (matches - t) / matches) / 3;
}
