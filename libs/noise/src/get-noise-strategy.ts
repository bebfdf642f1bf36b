import { NOISE_STRATEGIES } from './noise-strategies';
import type { NoiseStrategy, StrategyName } from './types';

const BY_NAME: ReadonlyMap<string, NoiseStrategy> = new Map(NOISE_STRATEGIES.map((s) => [s.name, s]));

/**
 * The registered strategy called `name`.
 *
 * @example
 * const typo = getNoiseStrategy('typo');
 * typo.defaultRate; // 0.05
 */
export function getNoiseStrategy(name: StrategyName): NoiseStrategy {
  const s = BY_NAME.get(name);
  if (s === undefined) throw new RangeError(`unknown noise strategy "${name}"`);
  return s;
}
