import { JARO_BITS_MAX, jaroBits } from './internal/jaro-bits';
import { jaroPlain } from './internal/jaro-plain';

/**
 * Jaro similarity in [0, 1] on raw strings (case-sensitive, UTF-16 code units):
 * `(m/|a| + m/|b| + (m − t)/m) / 3` with `m` the matching characters (match window
 * `max(floor(max(|a|, |b|) / 2) − 1, 0)`) and `t = floor(h / 2)`, `h` the matched characters out of order
 * (half-transpositions, counted as a whole number as in Winkler's strcmp95, jellyfish and DuckDB's
 * `jaro_similarity`, which it equals bit for bit on ASCII). One side empty → 0; `jaro('', '') = 1`
 * (identical strings; the references give 0 there). The pair is put in a canonical order first, so
 * `jaro(a, b) === jaro(b, a)` exactly. Pairs whose longer string is ASCII and at most 32 long (names, email
 * local parts, companies) are matched bit-parallel, with the same result as the plain scan.
 *
 * @example
 * jaro('JELLYFISH', 'SMELLYFISH'); // 0.896296…
 * jaro('Schmidt', 'Smith'); // 0.707142… (3 half-transpositions → t = 1)
 */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  // Canonical order: the greedy matching is order-dependent in rare cases.
  if (a.length > b.length || (a.length === b.length && a > b)) {
    const t = a;
    a = b;
    b = t;
  }
  if (a.length === 0) return 0;
  if (b.length <= JARO_BITS_MAX) {
    const j = jaroBits(a, b);
    if (j >= 0) return j;
  }
  return jaroPlain(a, b);
}
