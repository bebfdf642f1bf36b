import type { JsonSchema } from './json-schema';

const int: JsonSchema = { type: 'integer', minimum: 0 };
const share: JsonSchema = { type: 'number', minimum: 0, maximum: 1 };
const shareOrNull: JsonSchema = { type: ['number', 'null'], minimum: 0, maximum: 1 };
const obj = (properties: Record<string, JsonSchema>, nullable = false): JsonSchema => ({
  type: nullable ? ['object', 'null'] : 'object',
  required: Object.keys(properties),
  properties,
  additionalProperties: false,
});

/**
 * JSON Schema of the summary's `difficulty` section (see features.md, "Difficulty"): the model figures
 * (null when a split lacks a class) and the exact counts behind each rate (a rate is null when its
 * denominator is 0).
 */
export const difficultySchema: JsonSchema = obj({
  linearity: obj({ feature: { type: 'string' }, threshold: { type: 'number' }, trainF1: share, testF1: share }, true),
  logisticF1: shareOrNull,
  randomForest: obj(
    {
      f1: share,
      trainedOn: int,
      trees: int,
      maxDepth: int,
      seed: { type: 'integer' },
      errorByKind: { type: 'object', additionalProperties: obj({ pairs: int, errors: int, rate: share }) },
    },
    true,
  ),
  nonLinearGap: { type: ['number', 'null'], minimum: -1, maximum: 1 },
  positives: int,
  nameOnlyPositives: int,
  nameOnlyPositiveShare: shareOrNull,
  nameVariationPositives: int,
  nameVariationRate: shareOrNull,
  entities: int,
  homonymousEntities: int,
  homonymyRate: shareOrNull,
});

/** The TypeScript shape of the summary's `difficulty` section ({@link difficultySchema}). */
export interface DifficultySummary {
  /** The best single-feature threshold classifier: threshold chosen on train, F1 on test. */
  linearity: { feature: string; threshold: number; trainF1: number; testF1: number } | null;
  /** The smoke logistic regression's test F1 (threshold 0.5). */
  logisticF1: number | null;
  /** The non-linear model (ml-random-forest): test F1 at 0.5 and its error rate per `pair_kind` on test. */
  randomForest: {
    f1: number;
    trainedOn: number;
    trees: number;
    maxDepth: number;
    seed: number;
    errorByKind: Record<string, { pairs: number; errors: number; rate: number }>;
  } | null;
  /** Random-forest F1 − logistic-regression F1. */
  nonLinearGap: number | null;
  /** Every positive pair of the run (all of them, not a sample). */
  positives: number;
  nameOnlyPositives: number;
  nameOnlyPositiveShare: number | null;
  nameVariationPositives: number;
  nameVariationRate: number | null;
  /** Entities with a record in the run (one canonical name each). */
  entities: number;
  homonymousEntities: number;
  homonymyRate: number | null;
}
