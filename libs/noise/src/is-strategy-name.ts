import { STRATEGY_NAMES } from './strategy-names';
import type { StrategyName } from './types';

const NAMES: ReadonlySet<string> = new Set(STRATEGY_NAMES);

/**
 * True when `name` is one of {@link STRATEGY_NAMES}.
 *
 * @example
 * isStrategyName('typo'); // true
 * isStrategyName('tpyo'); // false
 */
export function isStrategyName(name: string): name is StrategyName {
  return NAMES.has(name);
}
