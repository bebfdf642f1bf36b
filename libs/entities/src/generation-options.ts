import type { Source } from '@synth/schema';
import { EntitiesError } from './entities-error';
import { GENERATION_OPTION_TABLE as T } from './generation-option-table';

/** How many duplicates (extra records) a duplicated entity gets within one source. */
export interface DupDistribution {
  /** `uniform` on 1..cap; `poisson`: 1 + Poisson(lambda) truncated at cap; `zipf`: P(k) ∝ k^-exponent on 1..cap. */
  kind: 'uniform' | 'poisson' | 'zipf';
  /** Zipf exponent. @default 2 */
  exponent?: number;
  /** Poisson mean of the count beyond the first duplicate. @default 1 */
  lambda?: number;
  /** Most duplicates one entity may have in one source. @default 5 */
  cap: number;
}

/**
 * How one person looks different across systems (drawn per entity, then per record). Only entities
 * with two or more records vary: a single record, and every entity's canonical (first, earliest) record,
 * show the primary contacts. Moves and phone changes depend on the time between a record and the
 * canonical record; a second email or phone is another contact the person already has. Each default
 * comes from a published rate: see {@link CONTACT_VARIATION_OPTIONS} and features.md.
 */
export interface ContactVariation {
  /**
   * Share of multi-record entities with a second email (work ↔ personal, or a second personal address).
   * @default 0.75
   */
  secondEmail: number;
  /**
   * Share of multi-record entities with a second phone (a home landline or office line beside the mobile).
   * @default 0.3
   */
  secondPhone: number;
  /**
   * Chance that a non-canonical record shows the second email, and apart the second phone, when there is one.
   * @default 0.5
   */
  showAlternate: number;
  /**
   * Share of people who move in a year: P(moved) = 1 − (1 − rate)^Δt, Δt in years since the canonical record.
   * @default 0.1
   */
  annualMoveRate: number;
  /**
   * Share of movers whose new address is in another city of the same state/province (with a phone there).
   * @default 0.35
   */
  movedCity: number;
  /** Share of people who change their phone number in a year, with the same law of time as moves. @default 0.1 */
  annualPhoneChange: number;
  /**
   * Chance that a non-canonical record of a business customer shows the person, not the company (account, company).
   * @default 0.3
   */
  personalAccount: number;
}

/** One option as data: its default, its allowed range and what it means (validation, docs and `--help` read it). */
export interface OptionSpec {
  default: number;
  min: number;
  max: number;
  description: string;
}

/**
 * The {@link ContactVariation} knobs as data: default, range, meaning. Defaults (derivations and sources in
 * features.md): `secondEmail` ≈ 0.75 extra email accounts per user (Radicati Group, ~1.75 accounts per user);
 * `secondPhone` 0.3 = the ~30% of U.S. adults not in wireless-only households (NCHS NHIS wireless
 * substitution, ~70%); `showAlternate` 0.5 = either of two contacts equally likely on a form (assumption);
 * `annualMoveRate` 0.1 = U.S. annual mover rate 8–12% (Census CPS ASEC, 2013–2021; Statistics Canada 2021
 * Census ~13%); `annualPhoneChange` 0.1 ≈ 35 million numbers disconnected a year (FCC, 2018) over ~330 million
 * U.S. residents; `movedCity` and `personalAccount` are assumptions.
 */
export const CONTACT_VARIATION_OPTIONS: Readonly<Record<keyof ContactVariation, OptionSpec>> = Object.freeze({
  secondEmail: { default: 0.75, min: 0, max: 1, description: 'share of multi-record entities with a second email' },
  secondPhone: { default: 0.3, min: 0, max: 1, description: 'share of multi-record entities with a second phone' },
  showAlternate: {
    default: 0.5,
    min: 0,
    max: 1,
    description: 'chance a later record shows the second email (and, apart, phone)',
  },
  annualMoveRate: { default: 0.1, min: 0, max: 0.9, description: 'share of people moving house in a year' },
  movedCity: {
    default: 0.35,
    min: 0,
    max: 1,
    description: 'share of movers who leave for another city of the same state/province',
  },
  annualPhoneChange: { default: 0.1, min: 0, max: 0.9, description: 'share of people changing phone number in a year' },
  personalAccount: {
    default: 0.3,
    min: 0,
    max: 1,
    description: 'chance a later record of a business customer shows the person',
  },
});

/** Everything that decides the generated data. Same options ⇒ same records. */
export interface GenerationOptions {
  /** Root seed of every random stream. @default 42 */
  seed: number;
  /** Records per source, duplicates included. @default { leads: 30000, sales: 3000, financial: 2100 } */
  counts: Record<Source, number>;
  /** Share of each source's records that are within-source duplicates, 0..0.5. @default 0.1 */
  dupRate: number;
  /** @default { kind: 'zipf', exponent: 2, cap: 5 } */
  dupDistribution: DupDistribution;
  /** Target share of each source's distinct entities that also appear in another source, 0..1. @default 0.4 */
  overlap: number;
  /**
   * Share of entities planted as confusers (hard negatives) of another entity, 0..0.5: same email local
   * part, similar name, same zip + house, household member, Jr./Sr., namesake in the same city, coworker.
   * @default 0.15
   */
  confuserRate: number;
  /** Per-source contact variation of one entity. @default DEFAULT_CONTACT_VARIATION */
  contactVariation: ContactVariation;
  /**
   * Share of entities that live or work in a shared building (apartment block, office building: same
   * street address and zip, own unit or suite), 0..0.8, about 8 per building. Taken from the entities
   * that are neither confusers nor their targets (fewer when those run short). The first resident is
   * the target of the others, planted as `neighbour` confusers: the everyday same zip + house number
   * negatives of real data. @default 0.45
   */
  sharedBuildings: number;
  /** `US`, `CA` or `US+CA` (80% US, 20% CA). @default 'US+CA' */
  locale: 'US' | 'CA' | 'US+CA';
  /** Fixed reference date (ISO 8601); every generated date is before it. @default '2026-01-01T00:00:00Z' */
  refDate: string;
}

/** Defaults of {@link ContactVariation}, read from {@link CONTACT_VARIATION_OPTIONS}. */
export const DEFAULT_CONTACT_VARIATION: ContactVariation = Object.fromEntries(
  Object.entries(CONTACT_VARIATION_OPTIONS).map(([key, spec]) => [key, spec.default]),
) as unknown as ContactVariation;

/** The defaults of spec.md ("Generation"). */
export const DEFAULT_GENERATION_OPTIONS: GenerationOptions = {
  seed: T.seed.default,
  counts: { leads: T.leads.default, sales: T.sales.default, financial: T.financial.default },
  dupRate: T.dupRate.default,
  dupDistribution: { kind: T.dupDistribution.default, exponent: T.dupExponent.default, cap: T.dupCap.default },
  overlap: T.overlap.default,
  confuserRate: T.confuserRate.default,
  contactVariation: DEFAULT_CONTACT_VARIATION,
  sharedBuildings: T.sharedBuildings.default,
  locale: T.locale.default,
  refDate: '2026-01-01T00:00:00Z',
};

/** Options as a caller may give them: anything left out takes its default. */
export type GenerationOptionsInput = Partial<
  Omit<GenerationOptions, 'counts' | 'dupDistribution' | 'contactVariation'>
> & {
  counts?: Partial<Record<Source, number>>;
  contactVariation?: Partial<ContactVariation>;
  dupDistribution?: Partial<DupDistribution>;
};

const inRange = (option: string, v: unknown, min: number, max: number): number => {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
    throw new EntitiesError(option, v, `must be a number between ${min} and ${max}`);
  return v;
};
const integer = (option: string, v: unknown, min: number, max: number): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
    throw new EntitiesError(option, v, `must be an integer between ${min} and ${max}`);
  return v;
};

/**
 * Fills in defaults and checks every option before anything random happens; a bad value throws an
 * `EntitiesError` naming the option and the allowed range.
 *
 * @example
 * resolveGenerationOptions({ seed: 7, counts: { leads: 1000 } }).counts;
 * // { leads: 1000, sales: 3000, financial: 2100 }
 */
export function resolveGenerationOptions(input: GenerationOptionsInput = {}): GenerationOptions {
  const d = DEFAULT_GENERATION_OPTIONS;
  const counts = { ...d.counts, ...input.counts };
  for (const [source, n] of Object.entries(counts)) integer(`counts.${source}`, n, T.leads.min, T.leads.max);
  const dist = { ...d.dupDistribution, ...input.dupDistribution };
  const kinds: readonly string[] = T.dupDistribution.choices;
  if (!kinds.includes(dist.kind))
    throw new EntitiesError('dupDistribution.kind', dist.kind, `must be one of ${kinds.join(', ')}`);
  integer('dupDistribution.cap', dist.cap, T.dupCap.min, T.dupCap.max);
  if (dist.exponent !== undefined)
    inRange('dupDistribution.exponent', dist.exponent, T.dupExponent.min, T.dupExponent.max);
  if (dist.lambda !== undefined) inRange('dupDistribution.lambda', dist.lambda, T.dupLambda.min, T.dupLambda.max);
  const contactVariation = { ...d.contactVariation, ...input.contactVariation };
  for (const key of Object.keys(contactVariation) as (keyof ContactVariation)[]) {
    const spec = CONTACT_VARIATION_OPTIONS[key];
    if (spec === undefined) {
      const known = Object.keys(CONTACT_VARIATION_OPTIONS).join(', ');
      throw new EntitiesError(`contactVariation.${key}`, key, `is not an option (known: ${known})`);
    }
    inRange(`contactVariation.${key}`, contactVariation[key], spec.min, spec.max);
  }
  const locale = input.locale ?? d.locale;
  const locales: readonly string[] = T.locale.choices;
  if (!locales.includes(locale)) throw new EntitiesError('locale', locale, `must be one of ${locales.join(', ')}`);
  const refDate = input.refDate ?? d.refDate;
  if (typeof refDate !== 'string' || Number.isNaN(Date.parse(refDate)))
    throw new EntitiesError('refDate', refDate, 'must be an ISO 8601 date');
  return {
    seed: integer('seed', input.seed ?? d.seed, T.seed.min, T.seed.max),
    counts,
    dupRate: inRange('dupRate', input.dupRate ?? d.dupRate, T.dupRate.min, T.dupRate.max),
    dupDistribution: dist,
    overlap: inRange('overlap', input.overlap ?? d.overlap, T.overlap.min, T.overlap.max),
    confuserRate: inRange('confuserRate', input.confuserRate ?? d.confuserRate, T.confuserRate.min, T.confuserRate.max),
    contactVariation,
    sharedBuildings: inRange(
      'sharedBuildings',
      input.sharedBuildings ?? d.sharedBuildings,
      T.sharedBuildings.min,
      T.sharedBuildings.max,
    ),
    locale,
    refDate,
  };
}
