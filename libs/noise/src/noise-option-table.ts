import { NOISE_STRATEGIES } from './noise-strategies';
import type { StrategyName } from './types';

/** One noise rate as data: probability per opportunity. */
export interface NoiseRateOption {
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly description: string;
}

/**
 * The noise options as data: one rate per strategy — default, limits, description — read by
 * `defaultNoiseProfile`, `parseNoiseProfile` and every caller that builds docs or help from them.
 *
 * @example
 * NOISE_OPTION_TABLE.typo; // { default: 0.05, min: 0, max: 1, description: '…' }
 */
export const NOISE_OPTION_TABLE: Readonly<Record<StrategyName, NoiseRateOption>> = Object.freeze(
  Object.fromEntries(
    NOISE_STRATEGIES.map((s) => [
      s.name,
      Object.freeze({ default: s.defaultRate, min: 0, max: 1, description: s.description }),
    ]),
  ) as Record<StrategyName, NoiseRateOption>,
);
