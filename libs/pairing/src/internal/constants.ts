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

export const DEFAULT_FRACTIONS: SplitFractions = { train: 0.7, valid: 0.15, test: 0.15 };
export const DEFAULT_NEG_RATIO = 4;
export const MIN_NEG_RATIO = 3;
export const MAX_NEG_RATIO = 5;
export const DEFAULT_WITHIN_SOURCE_SHARE = 0.2;
export const MAX_WITHIN_SOURCE_SHARE = 0.9;
/** Share of every split's negatives drawn at random (easy negatives a matcher must also reject). */
export const RANDOM_NEGATIVE_SHARE = 0.1;

/** Records per blocking key above which the key is sampled down (bounds candidates per key). */
export const BLOCK_CAP = 40;
/** Jaro-Winkler of normalised full names above which two names count as similar. */
export const SIMILAR_NAME_THRESHOLD = 0.9;
