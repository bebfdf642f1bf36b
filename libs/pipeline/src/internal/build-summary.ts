import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { FEATURE_VERSION, featureNames } from '@synth/features';
import { FAKER_VERSION } from '@synth/entities';
import type { EntityPlan } from '@synth/entities';
import { noiseProfileToJSON, rateWarnings } from '@synth/noise';
import type { NoiseTally } from '@synth/noise';
import type { Split, Source } from '@synth/features';
import type { PairStats } from '@synth/pairing';
import { version } from '../../package.json';
import type { RunInputs } from './load-inputs';
import type { GenerateOptions } from '../resolve-generate-options';
import type { OutputsReview } from './validate-outputs';
import type { SummarySplit, SynthSummary } from '../synth-summary';
import type { SmokeResult } from './smoke/smoke-model';
import type { DifficultyTally } from './difficulty/difficulty-tally';
import { measureDifficulty } from './difficulty/measure-difficulty';
import type { ForestFigures } from './difficulty/random-forest-figures';

export interface SummaryInputs {
  options: GenerateOptions;
  inputs: RunInputs;
  plan: EntityPlan;
  tally: NoiseTally;
  pairStats: PairStats;
  review: OutputsReview;
  timings: Record<string, number>;
  /** The blocks this run generated (all of them unless sharded). */
  blocks: number[];
  /** Milliseconds summed over the threads that computed blocks, per phase. */
  threadTime: { records: number; pairs: number; checks: number };
  /** Exact difficulty counts merged over the blocks. */
  difficulty: DifficultyTally;
  /** The smoke model of the final smoke sample (`smokeModel`, fitted where the blocks were computed). */
  smoke: SmokeResult | null;
  /** The random forest of the final smoke sample (`sampleForest`, fitted where the blocks were computed). */
  randomForest: ForestFigures | null;
}

function splitFigures(stats: PairStats, split: Split): SummarySplit {
  const s = stats.splits[split];
  const { neg_email_local, neg_similar_name, neg_zip_house, neg_random } = s.byKind;
  const negatives = { neg_email_local, neg_similar_name, neg_zip_house, neg_random };
  return {
    positives: s.positives,
    negatives,
    negativesTotal: s.negatives,
    ratio: s.ratio,
    records: s.records,
    entities: s.entities,
    hardCandidates: s.hardCandidates,
  };
}

const perSource = <T>(f: (s: Source) => T) => ({ leads: f('leads'), sales: f('sales'), financial: f('financial') });

/** Every figure of the run, in the shape `summarySchema` of @synth/validation describes. */
export function buildSummary({
  options,
  inputs,
  plan,
  tally,
  pairStats,
  review,
  timings,
  blocks,
  threadTime,
  difficulty,
  smoke,
  randomForest,
}: SummaryInputs): SynthSummary {
  const ps = plan.summary.perSource;
  const noiseWarnings = rateWarnings(tally).map((w) => w.message);
  const params = { ...options, saltFile: options.saltFile === null ? null : '(given)' };
  const start = performance.now();
  const difficultyFigures = measureDifficulty(smoke, randomForest, difficulty);
  const difficultyMs = performance.now() - start;
  return {
    seed: options.seed,
    params,
    versions: {
      package: version,
      faker: FAKER_VERSION,
      schemaFileHash: createHash('sha256').update(readFileSync(options.schema)).digest('hex'),
      featureVersion: FEATURE_VERSION,
      features: [...featureNames],
    },
    counts: perSource((s) => ({ records: ps[s].records, distinctEntities: ps[s].distinctEntities })),
    duplicates: perSource((s) => ({
      count: ps[s].duplicates,
      rate: ps[s].duplicateRate,
      perEntityHistogram: Object.fromEntries(ps[s].dupPerEntityHistogram.map((n, k) => [String(k), n])),
      byStrategy: review.byStrategy[s],
    })),
    overlap: {
      target: plan.summary.overlap.target,
      perSource: perSource((s) => ps[s].overlapAchieved),
      overall: plan.summary.overlap.achievedOverall,
      membership: plan.summary.membership,
    },
    confusers: plan.summary.confusers,
    shard: options.shard && {
      ...options.shard,
      blocks: blocks.length ? [blocks[0], blocks[blocks.length - 1]] : [],
      note:
        'counts, duplicates and overlap are of the whole dataset (every shard plans it); ' +
        'pairs, nulls, uniqueness, noise, difficulty and validation are of this shard',
    },
    nulls: perSource((s) => review.profiles[s].nulls),
    uniqueness: perSource((s) => review.profiles[s].uniqueness),
    noise: tally.toJSON(),
    noiseProfile: noiseProfileToJSON(inputs.noiseProfile),
    pairs: {
      train: splitFigures(pairStats, 'train'),
      valid: splitFigures(pairStats, 'valid'),
      test: splitFigures(pairStats, 'test'),
      total: {
        positives: pairStats.total.positives,
        negatives: pairStats.total.negatives,
        ratio: pairStats.total.ratio,
        byKind: pairStats.total.byKind,
      },
      negativeMix: pairStats.negativeMix,
      randomFill: pairStats.randomFill,
      skippedPositives: pairStats.skippedPositives,
    },
    featureHistograms: review.pairSample.histograms,
    smoke,
    difficulty: difficultyFigures,
    validation: review.report,
    warnings: [...inputs.loaded.warnings.map((w) => w.message), ...plan.summary.warnings, ...noiseWarnings],
    // The stopwatch's `difficulty` lap waited for the smoke and difficulty models (fitted on workers while the
    // files were closed and read back); the figures made from them here are added.
    timings: {
      ...timings,
      difficulty: Math.round((timings['difficulty'] ?? 0) + difficultyMs),
      total: Math.round((timings['total'] ?? 0) + difficultyMs),
    },
    threadTime: {
      records: Math.round(threadTime.records),
      pairs: Math.round(threadTime.pairs),
      checks: Math.round(threadTime.checks),
    },
  };
}
