import { levenshtein } from './levenshtein';

/**
 * Levenshtein similarity `1 − distance / max(|a|, |b|)` in [0, 1]; two empty strings → 1.
 *
 * @example
 * normalizedLevenshtein('kitten', 'sitting'); // 1 − 3/7 = 0.571428…
 */
export function normalizedLevenshtein(a: string, b: string): number {
  const max = a.length > b.length ? a.length : b.length;
  if (max === 0) return 1;
  return 1 - levenshtein(a, b) / max;
}
