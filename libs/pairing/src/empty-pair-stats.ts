import { HARD_NEGATIVE_KINDS, NEGATIVE_KINDS, PAIR_KINDS } from './internal/constants';
import type { HardNegativeKind, NegativeKind, PairKind, PairStats, SplitPairStats } from './types';

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Zeroed counts of one split. */
const emptySplitStats = (): SplitPairStats => ({
  records: 0,
  entities: 0,
  positives: 0,
  negatives: 0,
  ratio: null,
  byKind: zeros<PairKind>(PAIR_KINDS),
  hardCandidates: zeros<HardNegativeKind>(HARD_NEGATIVE_KINDS),
});

/**
 * Stats of nothing: the neutral start for folding per-block stats with {@link mergePairStats}.
 *
 * @example
 * const total = blocks.map((b) => b.stats).reduce(mergePairStats, emptyPairStats());
 */
export function emptyPairStats(): PairStats {
  return {
    splits: { train: emptySplitStats(), valid: emptySplitStats(), test: emptySplitStats() },
    total: emptySplitStats(),
    negativeMix: zeros<NegativeKind>(NEGATIVE_KINDS),
    randomFill: 0,
    skippedPositives: 0,
    droppedPositives: 0,
    withinSourceSampledOut: 0,
    cappedBlocks: 0,
  };
}
