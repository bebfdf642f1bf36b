import type { PartyRecord } from '@synth/features';

import type { HardNegativeKind, NegativeKind, PairKind, PositiveKind, Source, Split } from '@synth/features';

// The vocabulary is defined once, in @synth/features.
export type { HardNegativeKind, NegativeKind, PairKind, PositiveKind, Source, Split };

/** Shares of entities per split; non-negative, summing to 1. */
export interface SplitFractions {
  /** @default 0.7 */
  readonly train: number;
  /** @default 0.15 */
  readonly valid: number;
  /** @default 0.15 */
  readonly test: number;
}

/** One record as pairing needs it: where it lives, whose it is, and its plain (pre-hash) values. */
export interface PairingRecord {
  readonly source: Source;
  readonly id: string;
  readonly entityId: string;
  /**
   * Entities with the same split group always land in the same split. Give a planted confuser its
   * target's entity id here, so the hard negative between them is usable in whichever split they fall.
   * Splits stay entity- and record-disjoint. @default entityId
   */
  readonly splitGroup?: string;
  /** Plain values, before any PII hashing: features are computed on these. */
  readonly party: PartyRecord;
}

/** One labelled pair with its cached feature vector. */
export interface Pair {
  readonly src_a: Source;
  readonly id_a: string;
  readonly src_b: Source;
  readonly id_b: string;
  readonly y: 0 | 1;
  readonly pair_kind: PairKind;
  readonly split: Split;
  /** `pairFeatures` of @synth/features, keyed by feature name; null when an input is missing. */
  readonly features: Record<string, number | null>;
}

/** Options of {@link buildPairs}. */
export interface BuildPairsOptions {
  /** Root seed of the run. */
  readonly seed: string | number;
  /** Block index: the random stream is `createRng(seed, 'pairs', block)`. @default 0 */
  readonly block?: number;
  /** Negatives per positive, 3..5 (spec: between 1:3 and 1:5). @default 4 */
  readonly negRatio?: number;
  /** Target share of positives that are within-source duplicate pairs, 0..0.9. @default 0.2 */
  readonly withinSourceShare?: number;
  /** Split shares of entities. @default { train: 0.7, valid: 0.15, test: 0.15 } */
  readonly fractions?: SplitFractions;
}

/** Counts of one split (or of all splits together). */
export interface SplitPairStats {
  /** Records whose entity falls in this split. */
  records: number;
  /** Distinct entities in this split. */
  entities: number;
  positives: number;
  negatives: number;
  /** negatives / positives, null when there are no positives. */
  ratio: number | null;
  /** Pairs per kind. */
  byKind: Record<PairKind, number>;
  /** Hard-negative candidates the miners found, per kind, before balancing. */
  hardCandidates: Record<HardNegativeKind, number>;
}

/** What {@link buildPairs} did; sum per-block stats with `mergePairStats`. */
export interface PairStats {
  splits: Record<Split, SplitPairStats>;
  total: SplitPairStats;
  /** Share of each negative kind among all negatives (0 when there are none). */
  negativeMix: Record<NegativeKind, number>;
  /** Random negatives added because hard negatives ran short of the ratio. */
  randomFill: number;
  /** Positive pairs skipped because no email, phone or name was present on both sides. */
  skippedPositives: number;
  /** Positives dropped to keep the ratio when a split had too few possible negatives (tiny inputs only). */
  droppedPositives: number;
  /** Within-source positives left out to meet `withinSourceShare`. */
  withinSourceSampledOut: number;
  /** Blocking keys whose records were sampled down to the block-size cap. */
  cappedBlocks: number;
}

/** The result of {@link buildPairs}. */
export interface BuildPairsResult {
  readonly pairs: Pair[];
  readonly stats: PairStats;
}

/**
 * The pairs of one block column by column, in the order of {@link buildPairs}: one typed array per key, and the
 * feature vectors feature-major, with no object per pair. See `buildPairBatch`.
 */
export interface PairBatch {
  /** Number of pairs. */
  readonly length: number;
  /** Per pair, the index in the given records of its first record (`src_a`, `id_a`). */
  readonly a: Int32Array;
  /** Per pair, the index in the given records of its second record (`src_b`, `id_b`). */
  readonly b: Int32Array;
  /** Per pair, 1 for two records of one entity, else 0. */
  readonly y: Uint8Array;
  /** Per pair, its kind as an index into `PAIR_KINDS`. */
  readonly kind: Uint8Array;
  /** Per pair, its split as an index into `SPLITS`. */
  readonly split: Uint8Array;
  /** The feature names (`featureNames` of @synth/features), in the order of the feature columns. */
  readonly features: readonly string[];
  /** Feature `f` of pair `i` at `f * length + i`; 0 where the feature is null. */
  readonly values: Float64Array;
  /** 1 where the feature is null (an input missing on either side), else 0; laid out as `values`. */
  readonly nulls: Uint8Array;
  /** What mining found and kept, as `buildPairs` reports it. */
  readonly stats: PairStats;
}

/** One output column, in the form `createParquetWriter` of @synth/io takes. */
export interface PairColumn {
  readonly name: string;
  readonly type: 'utf8' | 'int32' | 'double';
  readonly optional?: boolean;
}

/** One flat output row (features spread into columns). */
export type PairRow = Record<string, string | number | null>;
