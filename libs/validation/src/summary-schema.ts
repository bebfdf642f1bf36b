import type { JsonSchema } from './json-schema';
import { difficultySchema } from './difficulty-schema';
import type { DifficultySummary } from './difficulty-schema';

const int: JsonSchema = { type: 'integer', minimum: 0 };
const share: JsonSchema = { type: 'number', minimum: 0, maximum: 1 };
const intMap: JsonSchema = { type: 'object', additionalProperties: int };
const perSource = (schema: JsonSchema): JsonSchema => ({
  type: 'object',
  required: ['leads', 'sales', 'financial'],
  properties: { leads: schema, sales: schema, financial: schema },
  additionalProperties: false,
});
const obj = (properties: Record<string, JsonSchema>, extra: boolean | JsonSchema = true): JsonSchema => ({
  type: 'object',
  required: Object.keys(properties),
  properties,
  additionalProperties: extra,
});
const split = obj({ positives: int, negatives: intMap, ratio: { type: ['number', 'null'], minimum: 0 } });
const check = obj(
  {
    name: { type: 'string' },
    ok: { type: 'boolean' },
    checked: int,
    failed: int,
    examples: { type: 'array', items: { type: 'string' } },
  },
  false,
);
check.properties = { ...check.properties, detail: { type: 'object' } };
/** Adds properties checked when present but not required. */
const optional = (schema: JsonSchema, properties: Record<string, JsonSchema>): JsonSchema => ({ ...schema, properties: { ...schema.properties, ...properties } });

/**
 * JSON Schema of `reports/synth_summary.json` (checked with {@link validateAgainstSchema}). Top-level
 * keys beyond the required ones are allowed; inside, per-source maps hold exactly leads, sales, financial.
 * `nulls` / `uniqueness` map source → column → figures (from `createColumnProfiler`); `noise` maps strategy
 * → `NoiseTally.toJSON()` figures; `timings` maps stage → milliseconds.
 */
export const summarySchema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://synth.local/schemas/synth_summary.json',
  title: 'synth run summary',
  // `difficulty` is optional, so summaries written before it existed still validate (`synth report`).
  ...optional(obj({
    seed: { type: 'integer' },
    params: { type: 'object' },
    versions: obj({ package: { type: 'string' }, faker: { type: 'string' }, schemaFileHash: { type: 'string' }, featureVersion: { type: 'string' } }),
    counts: perSource(obj({ records: int, distinctEntities: int })),
    duplicates: perSource(obj({ count: int, rate: share, perEntityHistogram: intMap, byStrategy: intMap })),
    overlap: obj({ target: share, perSource: perSource(share), overall: share }),
    nulls: perSource({ type: 'object', additionalProperties: obj({ count: int, share }) }),
    uniqueness: perSource({ type: 'object', additionalProperties: obj({ distinct: int, uniqueShare: share, exact: { type: 'boolean' } }) }),
    noise: {
      type: 'object',
      additionalProperties: obj({
        configured: { type: 'number', minimum: 0, maximum: 1 },
        opportunities: int,
        applications: int,
        realised: { type: ['number', 'null'], minimum: 0, maximum: 1 },
      }),
    },
    pairs: obj({ train: split, valid: split, test: split }),
    validation: obj({ ok: { type: 'boolean' }, checks: { type: 'array', items: check } }),
    warnings: { type: 'array', items: { type: 'string' } },
    timings: { type: 'object', additionalProperties: { type: 'number', minimum: 0 } },
  }), { difficulty: difficultySchema }),
};

type PerSource<T> = { leads: T; sales: T; financial: T };
interface SplitFigures { positives: number; negatives: Record<string, number>; ratio: number | null; [extra: string]: unknown }

/** The TypeScript shape of a summary that satisfies {@link summarySchema}. */
export interface SynthSummary {
  seed: number;
  params: Record<string, unknown>;
  versions: { package: string; faker: string; schemaFileHash: string; featureVersion: string; [extra: string]: unknown };
  counts: PerSource<{ records: number; distinctEntities: number; [extra: string]: unknown }>;
  duplicates: PerSource<{ count: number; rate: number; perEntityHistogram: Record<string, number>; byStrategy: Record<string, number>; [extra: string]: unknown }>;
  overlap: { target: number; perSource: PerSource<number>; overall: number; [extra: string]: unknown };
  nulls: PerSource<Record<string, { count: number; share: number }>>;
  uniqueness: PerSource<Record<string, { distinct: number; uniqueShare: number; exact: boolean }>>;
  noise: Record<string, { configured: number; opportunities: number; applications: number; realised: number | null }>;
  pairs: { train: SplitFigures; valid: SplitFigures; test: SplitFigures; [extra: string]: unknown };
  validation: { ok: boolean; checks: { name: string; ok: boolean; checked: number; failed: number; examples: string[]; detail?: Record<string, unknown> }[] };
  warnings: string[];
  timings: Record<string, number>;
  difficulty?: DifficultySummary;
  [extra: string]: unknown;
}
