import type { ConfuserKind } from '@synth/entities';
import type { NoiseProfileJson, NoiseTallyJson } from '@synth/noise';
import type { HardNegativeKind, NegativeKind, PairKind, Source } from '@synth/features';
import type { DifficultySummary, ValidationReport } from '@synth/validation';
import type { GenerateOptions } from './resolve-generate-options';
import type { FeatureHistogram } from './internal/smoke/pair-sample';
import type { SmokeResult } from './internal/smoke/smoke-model';

type PerSource<T> = Record<Source, T>;

/** One split's pairs in the summary. */
export interface SummarySplit {
  positives: number;
  /** Negatives per negative kind. */
  negatives: Record<NegativeKind, number>;
  negativesTotal: number;
  /** negatives / positives, null without positives. */
  ratio: number | null;
  records: number;
  entities: number;
  hardCandidates: Record<HardNegativeKind, number>;
}

/**
 * Everything `synth_summary.json` holds: the typed result of {@link generateDataset}. Complete (no index
 * signature): `summarySchema` of `@synth/validation` requires exactly these keys, which a test checks.
 */
export interface SynthSummary {
  seed: number;
  /** The run's options, the salt file's path replaced by `(given)`. */
  params: Omit<GenerateOptions, 'saltFile'> & { saltFile: string | null };
  versions: {
    package: string;
    faker: string;
    schemaFileHash: string;
    featureVersion: string;
    features: string[];
  };
  counts: PerSource<{ records: number; distinctEntities: number }>;
  duplicates: PerSource<{
    count: number;
    rate: number;
    perEntityHistogram: Record<string, number>;
    /** Within-source duplicates per noise strategy. */
    byStrategy: Record<string, number>;
  }>;
  overlap: { target: number; perSource: PerSource<number>; overall: number; membership: Record<string, number> };
  confusers: Record<ConfuserKind, number>;
  /** This shard's place in a sharded run, null for a whole run. */
  shard: { index: number; count: number; blocks: number[]; note: string } | null;
  nulls: PerSource<Record<string, { count: number; share: number }>>;
  uniqueness: PerSource<Record<string, { distinct: number; uniqueShare: number; exact: boolean }>>;
  noise: NoiseTallyJson;
  noiseProfile: NoiseProfileJson;
  pairs: {
    train: SummarySplit;
    valid: SummarySplit;
    test: SummarySplit;
    total: { positives: number; negatives: number; ratio: number | null; byKind: Record<PairKind, number> };
    negativeMix: Record<NegativeKind, number>;
    randomFill: number;
    skippedPositives: number;
  };
  featureHistograms: Record<string, FeatureHistogram>;
  /** The smoke baseline model, null when a split lacks one class. */
  smoke: SmokeResult | null;
  /**
   * Every check, each with `where` it ran: validation is folded into the blocks (`block`), merged over
   * them (`merge`), and what only the written files tell is read back from disk (`file`).
   */
  validation: ValidationReport;
  warnings: string[];
  /** Wall milliseconds per stage, and `total`. */
  timings: Record<string, number>;
  /** Milliseconds summed over the threads that computed blocks, per phase (checks: validation in the blocks). */
  threadTime: { records: number; pairs: number; checks: number };
  /** How hard the dataset is (absent from summaries written before it existed). */
  difficulty?: DifficultySummary;
}
