import type { Source } from '@synth/schema';
import { EntitiesError } from './entities-error';

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
  /** Share of entities planted as confusers (hard negatives) of another entity, 0..0.5. @default 0.1 */
  confuserRate: number;
  /** `US`, `CA` or `US+CA` (80% US, 20% CA). @default 'US+CA' */
  locale: 'US' | 'CA' | 'US+CA';
  /** Fixed reference date (ISO 8601); every generated date is before it. @default '2026-01-01T00:00:00Z' */
  refDate: string;
}

/** The defaults of spec.md ("Generation"). */
export const DEFAULT_GENERATION_OPTIONS: GenerationOptions = {
  seed: 42,
  counts: { leads: 30000, sales: 3000, financial: 2100 },
  dupRate: 0.1,
  dupDistribution: { kind: 'zipf', exponent: 2, cap: 5 },
  overlap: 0.4,
  confuserRate: 0.1,
  locale: 'US+CA',
  refDate: '2026-01-01T00:00:00Z',
};

/** Options as a caller may give them: anything left out takes its default. */
export type GenerationOptionsInput = Partial<Omit<GenerationOptions, 'counts' | 'dupDistribution'>> & {
  counts?: Partial<Record<Source, number>>;
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
  for (const [source, n] of Object.entries(counts)) integer(`counts.${source}`, n, 0, 100_000_000);
  const dist = { ...d.dupDistribution, ...input.dupDistribution };
  if (!['uniform', 'poisson', 'zipf'].includes(dist.kind)) throw new EntitiesError('dupDistribution.kind', dist.kind, 'must be one of uniform, poisson, zipf');
  integer('dupDistribution.cap', dist.cap, 1, 50);
  if (dist.exponent !== undefined) inRange('dupDistribution.exponent', dist.exponent, 0.1, 10);
  if (dist.lambda !== undefined) inRange('dupDistribution.lambda', dist.lambda, 0.01, 20);
  const locale = input.locale ?? d.locale;
  if (!['US', 'CA', 'US+CA'].includes(locale)) throw new EntitiesError('locale', locale, 'must be one of US, CA, US+CA');
  const refDate = input.refDate ?? d.refDate;
  if (typeof refDate !== 'string' || Number.isNaN(Date.parse(refDate))) throw new EntitiesError('refDate', refDate, 'must be an ISO 8601 date');
  return {
    seed: integer('seed', input.seed ?? d.seed, -(2 ** 53 - 1), 2 ** 53 - 1),
    counts,
    dupRate: inRange('dupRate', input.dupRate ?? d.dupRate, 0, 0.5),
    dupDistribution: dist,
    overlap: inRange('overlap', input.overlap ?? d.overlap, 0, 1),
    confuserRate: inRange('confuserRate', input.confuserRate ?? d.confuserRate, 0, 0.5),
    locale,
    refDate,
  };
}
