import { defaultNoiseProfile } from './default-noise-profile';
import type { NoiseProfile, StrategyName } from './types';

const profile = (rates: Record<StrategyName, number>): NoiseProfile => Object.freeze({ rates: Object.freeze(rates) });

/**
 * The noise side of each difficulty preset (`--difficulty easy|realistic|hard`), as data: a rate per strategy
 * (probability per opportunity). `easy` tries every strategy at 1%, like pseudopeople's default noise levels (about
 * 1% of cells); `realistic` is {@link defaultNoiseProfile}; `hard` is heavy perturbation in the spirit of ONS's
 * synthetic linkage data: about a third of the later records of a person carry a changed name (nickname, typo or
 * missing). A `--noise-profile` file overrides the preset's rates strategy by strategy.
 *
 * @example
 * NOISE_PRESETS.easy.rates.typo; // 0.01
 * NOISE_PRESETS.realistic === defaultNoiseProfile; // true
 */
export const NOISE_PRESETS: Readonly<Record<'easy' | 'realistic' | 'hard', NoiseProfile>> = Object.freeze({
  easy: profile({
    case: 0.01,
    nickname: 0.01,
    whitespace: 0.01,
    punctuation: 0.01,
    phone_format: 0.01,
    address_abbreviation: 0.01,
    email_tag: 0.01,
    email_domain_alias: 0.01,
    typo: 0.01,
    missing: 0.01,
    geo_mismatch: 0.01,
  }),
  realistic: defaultNoiseProfile,
  hard: profile({
    case: 0.15,
    nickname: 0.3,
    whitespace: 0.1,
    punctuation: 0.4,
    phone_format: 0.5,
    address_abbreviation: 0.5,
    email_tag: 0.1,
    email_domain_alias: 0.3,
    typo: 0.1,
    missing: 0.1,
    geo_mismatch: 0.06,
  }),
});
