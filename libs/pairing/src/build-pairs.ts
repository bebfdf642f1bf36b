import { pairFeaturesNormalized } from '@synth/features';
import { createRng } from '@synth/random';
import { emptyPairStats } from './empty-pair-stats';
import { SPLITS } from './internal/constants';
import { minePositives } from './internal/mine-positives';
import { PairSet } from './internal/pair-set';
import { pairsOfSplit } from './internal/pairs-of-split';
import { prepareRecords } from './internal/prepare-records';
import { resolveOptions } from './internal/resolve-options';
import { mergePairStats } from './merge-pair-stats';
import type { BuildPairsOptions, BuildPairsResult, Pair, PairingRecord } from './types';

/**
 * Labelled pairs of one block of records: positives from the truth (cross-source, plus
 * within-source duplicates up to `withinSourceShare`), hard negatives mined over blocking indexes
 * (`neg_email_local`, `neg_similar_name`, `neg_zip_house`), random negatives only when hard ones
 * run short, balanced to `negRatio` negatives per positive in every split. Entities are assigned
 * to splits first ({@link assignSplit}); pairs are only built inside a split. Every pair carries
 * the feature vector of @synth/features computed on the plain values.
 *
 * Deterministic: the same records (in any order), seed, block and options give the same pairs in
 * the same order (train, valid, test; positives before negatives; then by kind and record).
 *
 * @example
 * const { pairs, stats } = buildPairs(records, { seed: 42, block: 0 });
 * stats.total.ratio; // 4 (negatives per positive)
 * pairs[0];
 * // { src_a: 'leads', id_a: 'L000001', src_b: 'sales', id_b: 'S000007', y: 1,
 * //   pair_kind: 'pos_cross_source', split: 'train', features: {...} }
 */
export function buildPairs(records: readonly PairingRecord[], options: BuildPairsOptions): BuildPairsResult {
  const resolved = resolveOptions(options);
  const prepared = prepareRecords(records, resolved);
  const positives = minePositives(prepared);
  const rng = createRng(resolved.seed, 'pairs', resolved.block);
  const seen = new PairSet(prepared.records.length * 4);
  const pairs: Pair[] = [];
  const stats = emptyPairStats();
  SPLITS.forEach((split, s) => {
    const outcome = pairsOfSplit(prepared, positives, s, resolved, rng, seen);
    const splitStats = stats.splits[split];
    splitStats.records = prepared.bySplit[s].length;
    splitStats.entities = prepared.entitiesBySplit[s];
    for (const { a, b, kind } of outcome.pairs) {
      const ra = prepared.records[a];
      const rb = prepared.records[b];
      const y = kind === 'pos_cross_source' || kind === 'pos_within_source' ? 1 : 0;
      pairs.push({
        src_a: ra.source,
        id_a: ra.id,
        src_b: rb.source,
        id_b: rb.id,
        y,
        pair_kind: kind,
        split,
        features: pairFeaturesNormalized(prepared.normalized.get(a), prepared.normalized.get(b)),
      });
      splitStats.byKind[kind]++;
      if (y === 1) splitStats.positives++;
      else splitStats.negatives++;
    }
    splitStats.hardCandidates = outcome.hardCandidates;
    stats.skippedPositives += positives.skipped[s];
    stats.droppedPositives += outcome.droppedPositives;
    stats.withinSourceSampledOut += outcome.withinSourceSampledOut;
    stats.cappedBlocks += outcome.cappedBlocks;
  });
  stats.randomFill = SPLITS.reduce((sum, split) => sum + stats.splits[split].byKind.neg_random, 0);
  // Merging with nothing fills in the totals, ratios and the negative mix.
  return { pairs, stats: mergePairStats(stats, emptyPairStats()) };
}
