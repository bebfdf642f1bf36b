import * as V from '@synth/features';
import { PAIRING_OPTION_TABLE as T } from '../pairing-option-table';
import type { HardNegativeKind, NegativeKind, PairKind, Source, Split, SplitFractions } from '../types';

// The vocabulary is defined once, in @synth/features; pairing re-exports it for its callers.
export const SPLITS: readonly Split[] = V.SPLITS;
export const SOURCES: readonly Source[] = V.SOURCES;
export const PAIR_KINDS: readonly PairKind[] = V.PAIR_KINDS;
export const HARD_NEGATIVE_KINDS: readonly HardNegativeKind[] = V.HARD_NEGATIVE_KINDS;
export const NEGATIVE_KINDS: readonly NegativeKind[] = V.NEGATIVE_KINDS;

export const DEFAULT_FRACTIONS: SplitFractions = T.splits.default;
export const DEFAULT_NEG_RATIO: number = T.negRatio.default;
export const MIN_NEG_RATIO: number = T.negRatio.min;
export const MAX_NEG_RATIO: number = T.negRatio.max;
export const DEFAULT_WITHIN_SOURCE_SHARE: number = T.withinSourceShare.default;
export const MAX_WITHIN_SOURCE_SHARE: number = T.withinSourceShare.max;
/** Share of every split's negatives drawn at random (easy negatives a matcher must also reject). */
export const RANDOM_NEGATIVE_SHARE = 0.1;

/** Records per blocking key above which the key is sampled down (bounds candidates per key). */
export const BLOCK_CAP = 40;
/** Jaro-Winkler of normalised full names above which two names count as similar. */
export const SIMILAR_NAME_THRESHOLD = 0.9;
