import { HARD_NEGATIVE_KINDS, NEGATIVE_KINDS, PAIR_KINDS, SPLITS } from './internal/constants';
import type { PairStats, SplitPairStats } from './types';

const ratioOf = (negatives: number, positives: number): number | null => (positives > 0 ? negatives / positives : null);

const mergeSplit = (a: SplitPairStats, b: SplitPairStats): SplitPairStats => {
  const byKind = { ...a.byKind };
  for (const k of PAIR_KINDS) byKind[k] += b.byKind[k];
  const hardCandidates = { ...a.hardCandidates };
  for (const k of HARD_NEGATIVE_KINDS) hardCandidates[k] += b.hardCandidates[k];
  const positives = a.positives + b.positives;
  const negatives = a.negatives + b.negatives;
  return {
    records: a.records + b.records,
    entities: a.entities + b.entities,
    positives,
    negatives,
    ratio: ratioOf(negatives, positives),
    byKind,
    hardCandidates,
  };
};

/**
 * Sums two stats (e.g. of two blocks of disjoint entities) and recomputes ratios and the negative
 * mix. Pure: neither input is changed.
 *
 * @example
 * const total = mergePairStats(block0.stats, block1.stats);
 * total.total.ratio; // negatives / positives over both blocks
 */
export function mergePairStats(a: PairStats, b: PairStats): PairStats {
  const splits = {
    train: mergeSplit(a.splits.train, b.splits.train),
    valid: mergeSplit(a.splits.valid, b.splits.valid),
    test: mergeSplit(a.splits.test, b.splits.test),
  };
  const total = SPLITS.map((s) => splits[s]).reduce(mergeSplit);
  const negativeMix = { ...a.negativeMix };
  for (const k of NEGATIVE_KINDS) negativeMix[k] = total.negatives > 0 ? total.byKind[k] / total.negatives : 0;
  return {
    splits,
    total,
    negativeMix,
    randomFill: a.randomFill + b.randomFill,
    skippedPositives: a.skippedPositives + b.skippedPositives,
    droppedPositives: a.droppedPositives + b.droppedPositives,
    withinSourceSampledOut: a.withinSourceSampledOut + b.withinSourceSampledOut,
    cappedBlocks: a.cappedBlocks + b.cappedBlocks,
  };
}
