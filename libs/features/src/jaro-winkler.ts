import { FeaturesError } from './features-error';
import { jaro } from './jaro';

/** Options of {@link jaroWinkler}. */
export interface JaroWinklerOptions {
  /** Weight of each common-prefix character. `prefixScale * maxPrefix` must be ≤ 1. @default 0.1 */
  prefixScale?: number;
  /** Longest common prefix that earns the bonus (an integer ≥ 0). @default 4 */
  maxPrefix?: number;
  /** The bonus applies only when the Jaro similarity is above this value (Winkler's 0.7). @default 0.7 */
  boostThreshold?: number;
}

/**
 * Jaro-Winkler similarity in [0, 1] on raw strings (case-sensitive):
 * `j + l·p·(1 − j)` when `j > boostThreshold`, else `j`, with `l` the common prefix length (≤ `maxPrefix`).
 * With the defaults it equals jellyfish's `jaro_winkler_similarity` and DuckDB's `jaro_winkler_similarity`
 * bit for bit on ASCII (transpositions as in {@link jaro}; natural has no boost threshold, so it differs below 0.7).
 *
 * @example
 * jaroWinkler('MARTHA', 'MARHTA'); // 0.961111…
 * jaroWinkler('Schmidt', 'Smith'); // 0.736428…
 * jaroWinkler('DWAYNE', 'DUANE', { prefixScale: 0.2 }); // larger prefix bonus
 */
export function jaroWinkler(a: string, b: string, options?: JaroWinklerOptions): number {
  let p = 0.1;
  let maxPrefix = 4;
  let threshold = 0.7;
  if (options !== undefined) {
    if (options.prefixScale !== undefined) p = options.prefixScale;
    if (options.maxPrefix !== undefined) maxPrefix = options.maxPrefix;
    if (options.boostThreshold !== undefined) threshold = options.boostThreshold;
    checkOptions(p, maxPrefix, threshold);
  }
  const j = jaro(a, b);
  if (!(j > threshold)) return j;
  const limit = Math.min(maxPrefix, a.length, b.length);
  let l = 0;
  while (l < limit && a.charCodeAt(l) === b.charCodeAt(l)) l++;
  return j + l * p * (1 - j);
}

function checkOptions(p: number, maxPrefix: number, threshold: number): void {
  if (!Number.isInteger(maxPrefix) || maxPrefix < 0) {
    const message = `jaroWinkler: maxPrefix must be an integer ≥ 0, got ${maxPrefix}`;
    throw new FeaturesError(message, 'maxPrefix', maxPrefix);
  }
  if (!(p >= 0) || p * maxPrefix > 1) {
    throw new FeaturesError(
      `jaroWinkler: prefixScale must be ≥ 0 with prefixScale × maxPrefix ≤ 1, got ${p} × ${maxPrefix}`,
      'prefixScale',
      p,
    );
  }
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new FeaturesError(
      `jaroWinkler: boostThreshold must be in [0, 1], got ${threshold}`,
      'boostThreshold',
      threshold,
    );
  }
}
