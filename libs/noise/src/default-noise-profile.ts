import { NOISE_OPTION_TABLE } from './noise-option-table';
import { NOISE_STRATEGIES } from './noise-strategies';
import type { NoiseProfile, StrategyName } from './types';

/**
 * The profile in force when no `--noise-profile` is given: every strategy at its own default rate
 * (probability per opportunity).
 *
 * @example
 * defaultNoiseProfile.rates.typo; // 0.05
 */
export const defaultNoiseProfile: NoiseProfile = Object.freeze({
  rates: Object.freeze(
    Object.fromEntries(NOISE_STRATEGIES.map((s) => [s.name, NOISE_OPTION_TABLE[s.name].default])) as Record<
      StrategyName,
      number
    >,
  ),
});
