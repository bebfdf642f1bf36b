import type { StrategyName } from './types';

/**
 * Every strategy name, in the order used by the docs, the profile JSON and the summary.
 *
 * @example
 * STRATEGY_NAMES.includes('typo'); // true
 */
export const STRATEGY_NAMES: readonly StrategyName[] = Object.freeze([
  'case',
  'nickname',
  'whitespace',
  'punctuation',
  'phone_format',
  'address_abbreviation',
  'email_tag',
  'email_domain_alias',
  'typo',
  'missing',
  'geo_mismatch',
] as const);
