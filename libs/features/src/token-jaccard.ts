import { jaccardOfUnique, splitTokens, unique } from './internal/tokens';

/**
 * Jaccard index of the sets of whitespace-separated tokens (raw, case-sensitive) in [0, 1].
 * Two strings without tokens → 1; one without tokens → 0.
 *
 * @example
 * tokenJaccard('12 main st', 'main st 12'); // 1
 * tokenJaccard('12 main st', '12 main ave'); // 0.5
 */
export function tokenJaccard(a: string, b: string): number {
  return jaccardOfUnique(unique(splitTokens(a)), unique(splitTokens(b)));
}
