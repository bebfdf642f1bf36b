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
 * with two or more records draw alternates: a single record always shows the primary contacts.
 */
export interface ContactVariation {
  /** Share of multi-record entities with a second email (work ↔ personal, or a second personal address). @default 0.7 */
  secondEmail: number;
  /** Share of multi-record entities with a second phone (mobile ↔ home/office). @default 0.7 */
  secondPhone: number;
  /** Share of multi-record entities with a previous address (they moved). @default 0.5 */
  previousAddress: number;
  /** Share of movers whose previous address is in another city of the same state/province. @default 0.35 */
  movedCity: number;
  /** Chance that a non-canonical record shows an alternate (second email, second phone, previous address), each drawn apart. @default 0.75 */
  showAlternate: number;
  /** Chance that a non-canonical record of a business customer shows the person, not the company (account, company). @default 0.3 */
  personalAccount: number;
}

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

/** Defaults of {@link ContactVariation}. */
export const DEFAULT_CONTACT_VARIATION: ContactVariation = {
  secondEmail: 0.7,
  secondPhone: 0.7,
  previousAddress: 0.5,
  movedCity: 0.35,
  showAlternate: 0.75,
  personalAccount: 0.3,
};

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
export type GenerationOptionsInput = Partial<Omit<GenerationOptions, 'counts' | 'dupDistribution' | 'contactVariation'>> & {
  counts?: Partial<Record<Source, number>>;
  contactVariation?: Partial<ContactVariation>;
  dupDistribution?: Partial<DupDistribution>;
};

const inRange = (option: string, v: unknown, min: number, max: number): number => {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) throw new EntitiesError(option, v, `must be a number between ${min} and ${max}`);
  return v;
};
const integer = (option: string, v: unknown, min: number, max: number): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new EntitiesError(option, v, `must be an integer between ${min} and ${max}`);
  return v;
};

/**
 * Fills in defaults and checks every option before anything random happens; a bad value throws an
 * `EntitiesError` naming the option and the allowed range.
 *
 * @example
 * resolveGenerationOptions({ seed: 7, counts: { leads: 1000 } }).counts; // { leads: 1000, sales: 3000, financial: 2100 }
 */
export function resolveGenerationOptions(input: GenerationOptionsInput = {}): GenerationOptions {
  const d = DEFAULT_GENERATION_OPTIONS;
  const counts = { ...d.counts, ...input.counts };
  for (const [source, n] of Object.entries(counts)) integer(`counts.${source}`, n, T.leads.min, T.leads.max);
  const dist = { ...d.dupDistribution, ...input.dupDistribution };
  const kinds: readonly string[] = T.dupDistribution.choices;
  if (!kinds.includes(dist.kind)) throw new EntitiesError('dupDistribution.kind', dist.kind, `must be one of ${kinds.join(', ')}`);
  integer('dupDistribution.cap', dist.cap, T.dupCap.min, T.dupCap.max);
  if (dist.exponent !== undefined) inRange('dupDistribution.exponent', dist.exponent, T.dupExponent.min, T.dupExponent.max);
  if (dist.lambda !== undefined) inRange('dupDistribution.lambda', dist.lambda, T.dupLambda.min, T.dupLambda.max);
  const contactVariation = { ...d.contactVariation, ...input.contactVariation };
  for (const [key, v] of Object.entries(contactVariation)) inRange(`contactVariation.${key}`, v, 0, 1);
  const locale = input.locale ?? d.locale;
  const locales: readonly string[] = T.locale.choices;
  if (!locales.includes(locale)) throw new EntitiesError('locale', locale, `must be one of ${locales.join(', ')}`);
  const refDate = input.refDate ?? d.refDate;
  if (typeof refDate !== 'string' || Number.isNaN(Date.parse(refDate))) throw new EntitiesError('refDate', refDate, 'must be an ISO 8601 date');
  return {
    seed: integer('seed', input.seed ?? d.seed, T.seed.min, T.seed.max),
    counts,
    dupRate: inRange('dupRate', input.dupRate ?? d.dupRate, T.dupRate.min, T.dupRate.max),
    dupDistribution: dist,
    overlap: inRange('overlap', input.overlap ?? d.overlap, T.overlap.min, T.overlap.max),
    confuserRate: inRange('confuserRate', input.confuserRate ?? d.confuserRate, T.confuserRate.min, T.confuserRate.max),
    contactVariation,
    sharedBuildings: inRange('sharedBuildings', input.sharedBuildings ?? d.sharedBuildings, T.sharedBuildings.min, T.sharedBuildings.max),
    locale,
    refDate,
  };
}
