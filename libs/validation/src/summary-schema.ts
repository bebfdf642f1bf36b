import { SOURCES } from '@synth/features';
import type { JsonSchema, JsonType } from './json-schema';
import { difficultySchema } from './difficulty-schema';

const int: JsonSchema = { type: 'integer', minimum: 0 };
const share: JsonSchema = { type: 'number', minimum: 0, maximum: 1 };
const intMap: JsonSchema = { type: 'object', additionalProperties: int };
const perSource = (schema: JsonSchema): JsonSchema => ({
  type: 'object',
  required: [...SOURCES],
  properties: Object.fromEntries(SOURCES.map((s) => [s, schema])),
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
// `where` is written by a generating run (validation folded into its blocks), absent from `synth validate`.
check.properties = { ...check.properties, detail: { type: 'object' }, where: { enum: ['block', 'merge', 'file'] } };
/** Adds properties checked when present but not required. */
const optional = (schema: JsonSchema, properties: Record<string, JsonSchema>): JsonSchema => ({
  ...schema,
  properties: { ...schema.properties, ...properties },
});

const nullable = (schema: JsonSchema): JsonSchema => ({ ...schema, type: [schema.type as JsonType, 'null'] });

/**
 * JSON Schema of `reports/synth_summary.json` (checked with {@link validateAgainstSchema}). Every top-level
 * key is required (but `difficulty`, absent from summaries written before it existed) and no other is allowed:
 * the typed summary of `@synth/pipeline` (`SynthSummary`) has exactly these keys, which its test checks.
 * Per-source maps hold exactly leads, sales, financial.
 * `nulls` / `uniqueness` map source → column → figures (from `createColumnProfiler`); `noise` maps strategy
 * → `NoiseTally.toJSON()` figures; `timings` maps stage → milliseconds.
 */
export const summarySchema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://synth.local/schemas/synth_summary.json',
  title: 'synth run summary',
  // `difficulty` is optional, so summaries written before it existed still validate (`synth report`).
  ...optional(
    obj(
      {
        seed: { type: 'integer' },
        params: { type: 'object' },
        versions: obj({
          package: { type: 'string' },
          faker: { type: 'string' },
          schemaFileHash: { type: 'string' },
          featureVersion: { type: 'string' },
          features: { type: 'array', items: { type: 'string' } },
        }),
        counts: perSource(obj({ records: int, distinctEntities: int })),
        duplicates: perSource(obj({ count: int, rate: share, perEntityHistogram: intMap, byStrategy: intMap })),
        overlap: obj({ target: share, perSource: perSource(share), overall: share, membership: intMap }),
        confusers: intMap,
        shard: nullable(
          obj({ index: int, count: int, blocks: { type: 'array', items: int }, note: { type: 'string' } }),
        ),
        nulls: perSource({ type: 'object', additionalProperties: obj({ count: int, share }) }),
        uniqueness: perSource({
          type: 'object',
          additionalProperties: obj({ distinct: int, uniqueShare: share, exact: { type: 'boolean' } }),
        }),
        noise: {
          type: 'object',
          additionalProperties: obj({
            configured: { type: 'number', minimum: 0, maximum: 1 },
            opportunities: int,
            applications: int,
            realised: { type: ['number', 'null'], minimum: 0, maximum: 1 },
          }),
        },
        noiseProfile: obj({ rates: { type: 'object', additionalProperties: share } }),
        pairs: obj({
          train: split,
          valid: split,
          test: split,
          total: obj({
            positives: int,
            negatives: int,
            ratio: { type: ['number', 'null'], minimum: 0 },
            byKind: intMap,
          }),
          negativeMix: { type: 'object', additionalProperties: share },
          randomFill: int,
          skippedPositives: int,
        }),
        featureHistograms: { type: 'object', additionalProperties: { type: 'object' } },
        smoke: { type: ['object', 'null'] },
        validation: obj({ ok: { type: 'boolean' }, checks: { type: 'array', items: check } }),
        warnings: { type: 'array', items: { type: 'string' } },
        timings: { type: 'object', additionalProperties: { type: 'number', minimum: 0 } },
        // `checks` (validation folded into the blocks) is absent from summaries written before it existed.
        threadTime: optional(obj({ records: int, pairs: int }), { checks: int }),
      },
      false,
    ),
    { difficulty: difficultySchema },
  ),
};
