import { PAIRING_OPTION_TABLE as T } from '../pairing-option-table';
import type { HardNegativeKind, NegativeKind, PairKind, Source, Split, SplitFractions } from '../types';

export const SPLITS: readonly Split[] = ['train', 'valid', 'test'];
export const SOURCES: readonly Source[] = ['leads', 'sales', 'financial'];
export const PAIR_KINDS: readonly PairKind[] = [
  'pos_cross_source',
  'pos_within_source',
  'neg_email_local',
  'neg_similar_name',
  'neg_zip_house',
  'neg_random',
];
export const HARD_NEGATIVE_KINDS: readonly HardNegativeKind[] = ['neg_email_local', 'neg_similar_name', 'neg_zip_house'];
export const NEGATIVE_KINDS: readonly NegativeKind[] = [...HARD_NEGATIVE_KINDS, 'neg_random'];

export const DEFAULT_FRACTIONS: SplitFractions = T.splits.default;
export const DEFAULT_NEG_RATIO: number = T.negRatio.default;
export const MIN_NEG_RATIO: number = T.negRatio.min;
export const MAX_NEG_RATIO: number = T.negRatio.max;
export const DEFAULT_WITHIN_SOURCE_SHARE: number = T.withinSourceShare.default;
export const MAX_WITHIN_SOURCE_SHARE: number = T.withinSourceShare.max;

/** Records per blocking key above which the key is sampled down (bounds candidates per key). */
export const BLOCK_CAP = 40;
/** Jaro-Winkler of normalised full names above which two names count as similar. */
export const SIMILAR_NAME_THRESHOLD = 0.9;
