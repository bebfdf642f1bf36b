import { addressAbbreviationStrategy } from './strategies/address-abbreviation';
import { caseStrategy } from './strategies/case';
import { emailDomainAliasStrategy } from './strategies/email-domain-alias';
import { emailTagStrategy } from './strategies/email-tag';
import { geoMismatchStrategy } from './strategies/geo-mismatch';
import { missingStrategy } from './strategies/missing';
import { nicknameStrategy } from './strategies/nickname';
import { phoneFormatStrategy } from './strategies/phone-format';
import { punctuationStrategy } from './strategies/punctuation';
import { typoStrategy } from './strategies/typo';
import { whitespaceStrategy } from './strategies/whitespace';
import type { NoiseStrategy } from './types';

/**
 * The registry: every strategy, in {@link STRATEGY_NAMES} order. Each one is a pure
 * `(value, rng, context) → value` with its own default rate and the field kinds it is tried on.
 *
 * @example
 * for (const s of NOISE_STRATEGIES) console.log(s.name, s.defaultRate, s.kinds.join(','));
 */
export const NOISE_STRATEGIES: readonly NoiseStrategy[] = Object.freeze([
  caseStrategy,
  nicknameStrategy,
  whitespaceStrategy,
  punctuationStrategy,
  phoneFormatStrategy,
  addressAbbreviationStrategy,
  emailTagStrategy,
  emailDomainAliasStrategy,
  typoStrategy,
  missingStrategy,
  geoMismatchStrategy,
]);
