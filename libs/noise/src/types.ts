import type { Rng } from '@synth/random';

import type { FieldKind } from '@synth/features';

/** The field kinds of the shared vocabulary (`@synth/features`). */
export type { FieldKind };

/** The names of the noise strategies, as written in the truth file's `noise` column and in the summary. */
export type StrategyName =
  | 'case'
  | 'nickname'
  | 'whitespace'
  | 'punctuation'
  | 'phone_format'
  | 'address_abbreviation'
  | 'email_tag'
  | 'email_domain_alias'
  | 'typo'
  | 'missing'
  | 'geo_mismatch';

/** One column of a row as noise sees it. `nullable` allows the `missing` strategy to blank it. */
export interface NoiseField {
  readonly name: string;
  readonly kind: FieldKind;
  readonly nullable: boolean;
}

/** Everything a strategy may look at besides the value itself. */
export interface NoiseContext {
  /** The field being noised. */
  readonly field: NoiseField;
  /** All fields of the row (used by `missing` to keep at least one contact field). */
  readonly fields: readonly NoiseField[];
  /** The row as noised so far (never the caller's object). */
  readonly row: Readonly<Record<string, string>>;
  /** The row's country (`US`/`CA`) when a `country` field says so, else `undefined`. */
  readonly country: 'US' | 'CA' | undefined;
}

/** A before/after pair used in the docs and checked by the tests. */
export interface StrategyExample {
  readonly kind: FieldKind;
  readonly before: string;
  readonly after: string;
}

/**
 * A named corruption. `isApplicable` decides whether a value is an *opportunity* (the strategy can
 * change it); `apply` is only called on opportunities and always returns a different, still valid value.
 * Both are pure: `apply` draws only from the `rng` it is given.
 */
export interface NoiseStrategy {
  readonly name: StrategyName;
  readonly description: string;
  /** Probability per opportunity when the profile does not override it. */
  readonly defaultRate: number;
  /** The field kinds this strategy is tried on. */
  readonly kinds: readonly FieldKind[];
  readonly examples: readonly StrategyExample[];
  isApplicable(value: string, context: NoiseContext): boolean;
  apply(value: string, rng: Rng, context: NoiseContext): string;
}

/** The noise configuration in force: a rate in [0, 1] per strategy (per opportunity). */
export interface NoiseProfile {
  readonly rates: Readonly<Record<StrategyName, number>>;
}
