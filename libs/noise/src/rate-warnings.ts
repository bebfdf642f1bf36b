import { STRATEGY_NAMES } from './strategy-names';
import type { NoiseTally } from './noise-tally';
import type { StrategyName } from './types';

/** How far a realised rate may stray from the configured one. */
export interface RateTolerance {
  /** Binomial standard errors allowed: `sigmas · √(p(1−p)/n)`. @default 3 */
  sigmas?: number;
  /** Absolute slack added as a floor, for rates near 0 or 1. @default 0.005 */
  absolute?: number;
  /** Strategies with fewer opportunities are not judged (the normal approximation is poor). @default 100 */
  minOpportunities?: number;
}

/** A strategy whose realised rate is outside the tolerance. */
export interface NoiseRateWarning {
  strategy: StrategyName;
  configured: number;
  realised: number;
  opportunities: number;
  /** The largest deviation that would have been accepted. */
  allowed: number;
  message: string;
}

/**
 * Warnings for every strategy whose realised rate (applications / opportunities) differs from the
 * configured rate `p` by more than `max(absolute, sigmas · √(p(1−p)/n))` with `n` opportunities —
 * a binomial 3-sigma band by default, so a correct generator warns for about 0.3 % of strategies.
 *
 * @example
 * for (const w of rateWarnings(tally)) summary.warnings.push(w.message);
 * // "noise typo: realised rate 0.0712 over 5000 opportunities, configured 0.05 (allowed ±0.0092)"
 */
export function rateWarnings(tally: NoiseTally, tolerance: RateTolerance = {}): NoiseRateWarning[] {
  const sigmas = tolerance.sigmas ?? 3;
  const absolute = tolerance.absolute ?? 0.005;
  const minOpportunities = tolerance.minOpportunities ?? 100;
  const warnings: NoiseRateWarning[] = [];
  for (const strategy of STRATEGY_NAMES) {
    const n = tally.opportunities(strategy);
    if (n === 0 || n < minOpportunities) continue;
    const p = tally.profile.rates[strategy];
    const realised = tally.applications(strategy) / n;
    const allowed = Math.max(absolute, sigmas * Math.sqrt((p * (1 - p)) / n));
    if (Math.abs(realised - p) > allowed) {
      warnings.push({
        strategy,
        configured: p,
        realised,
        opportunities: n,
        allowed,
        message:
          `noise ${strategy}: realised rate ${realised.toFixed(4)} over ${n} opportunities, ` +
          `configured ${p} (allowed ±${allowed.toFixed(4)})`,
      });
    }
  }
  return warnings;
}
