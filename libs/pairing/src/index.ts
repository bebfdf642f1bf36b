export type {
  BuildPairsOptions,
  BuildPairsResult,
  HardNegativeKind,
  NegativeKind,
  Pair,
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
export { assignSplit } from './assign-split';
export { buildPairs } from './build-pairs';
export { pairColumns, PAIR_COLUMNS } from './pair-columns';
export { pairToRow } from './pair-to-row';
export { mergePairStats } from './merge-pair-stats';
export { emptyPairStats } from './empty-pair-stats';
export {
  DEFAULT_FRACTIONS,
  DEFAULT_NEG_RATIO,
  DEFAULT_WITHIN_SOURCE_SHARE,
  PAIR_KINDS,
  SPLITS,
} from './internal/constants';
