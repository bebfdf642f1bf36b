export type {
  BuildPairsOptions,
  BuildPairsResult,
  HardNegativeKind,
  NegativeKind,
  Pair,
  PairBatch,
  PairColumn,
  PairKind,
  PairRow,
  PairStats,
  PairingRecord,
  PositiveKind,
  Source,
  Split,
  SplitFractions,
  SplitPairStats,
} from './types';
export { PairingError } from './pairing-error';
export { PAIRING_OPTION_TABLE } from './pairing-option-table';
export { assignSplit } from './assign-split';
export { buildPairBatch } from './build-pair-batch';
export { PairingColumns } from './pairing-columns';
export { buildPairs } from './build-pairs';
export { pairColumns, PAIR_COLUMNS } from './pair-columns';
export { pairToRow } from './pair-to-row';
export { mergePairStats } from './merge-pair-stats';
export { emptyPairStats } from './empty-pair-stats';
export {
  DEFAULT_FRACTIONS,
  DEFAULT_NEG_RATIO,
  DEFAULT_WITHIN_SOURCE_SHARE,
  HARD_NEGATIVE_KINDS,
  NEGATIVE_KINDS,
  PAIR_KINDS,
  SOURCES,
  SPLITS,
} from './internal/constants';
