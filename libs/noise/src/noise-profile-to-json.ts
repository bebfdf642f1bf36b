import { STRATEGY_NAMES } from './strategy-names';
import type { NoiseProfile, StrategyName } from './types';

/** The JSON form of a profile, as written into the summary and read back by `parseNoiseProfile`. */
export interface NoiseProfileJson {
  rates: Record<StrategyName, number>;
}

/**
 * Serialises the profile in force (every strategy, in {@link STRATEGY_NAMES} order) for the summary.
 * `parseNoiseProfile(JSON.stringify(noiseProfileToJSON(p)), f)` gives back the same rates.
 *
 * @example
 * summary.noise = { profile: noiseProfileToJSON(profile), tally: tally.toJSON() };
 */
export function noiseProfileToJSON(profile: NoiseProfile): NoiseProfileJson {
  const rates = {} as Record<StrategyName, number>;
  for (const name of STRATEGY_NAMES) rates[name] = profile.rates[name];
  return { rates };
}
