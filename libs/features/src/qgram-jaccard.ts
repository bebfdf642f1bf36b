import { FeaturesError } from './features-error';
import { jaccardOfUnique } from './internal/tokens';

function grams(s: string, q: number): string[] {
  if (s.length <= q) return s.length === 0 ? [] : [s];
  const set = new Set<string>();
  for (let i = 0; i + q <= s.length; i++) set.add(s.slice(i, i + q));
  return [...set];
}

/**
 * Jaccard index of the sets of q-grams (raw, case-sensitive, no padding) in [0, 1]. A non-empty
 * string shorter than `q` counts as one gram; two empty strings → 1, one empty → 0.
 *
 * @example
 * qgramJaccard('martha', 'marhta'); // grams mar,art,rth,tha vs mar,arh,rht,hta → 1/7
 * qgramJaccard('abcd', 'abce', 2); // ab,bc,cd vs ab,bc,ce → 2/4
 */
export function qgramJaccard(a: string, b: string, q = 3): number {
  if (!Number.isInteger(q) || q < 1) {
    throw new FeaturesError(`qgramJaccard: q must be an integer ≥ 1, got ${q}`, 'q', q);
  }
  if (a === b) return 1;
  return jaccardOfUnique(grams(a, q), grams(b, q));
}
