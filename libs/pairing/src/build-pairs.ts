import { buildPairBatch } from './build-pair-batch';
import { PAIR_KINDS, SPLITS } from './internal/constants';
import type { BuildPairsOptions, BuildPairsResult, Pair, PairBatch, PairingRecord } from './types';

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
 * The same pairs as columns, without an object per pair: {@link buildPairBatch}.
 *
 * @example
 * const { pairs, stats } = buildPairs(records, { seed: 42, block: 0 });
 * stats.total.ratio; // 4 (negatives per positive)
 * pairs[0];
 * // { src_a: 'leads', id_a: 'L000001', src_b: 'sales', id_b: 'S000007', y: 1,
 * //   pair_kind: 'pos_cross_source', split: 'train', features: {...} }
 */
export function buildPairs(records: readonly PairingRecord[], options: BuildPairsOptions): BuildPairsResult {
  const batch = buildPairBatch(records, options);
  return { pairs: pairsOfBatch(records, batch), stats: batch.stats };
}

/** The pairs of a batch as objects. */
function pairsOfBatch(records: readonly PairingRecord[], batch: PairBatch): Pair[] {
  const { length: n, features, values, nulls } = batch;
  const pairs = new Array<Pair>(n);
  for (let i = 0; i < n; i++) {
    const ra = records[batch.a[i]];
    const rb = records[batch.b[i]];
    const vector: Record<string, number | null> = {};
    for (let f = 0, at = i; f < features.length; f++, at += n) vector[features[f]] = nulls[at] ? null : values[at];
    pairs[i] = {
      src_a: ra.source,
      id_a: ra.id,
      src_b: rb.source,
      id_b: rb.id,
      y: batch.y[i] === 1 ? 1 : 0,
      pair_kind: PAIR_KINDS[batch.kind[i]],
      split: SPLITS[batch.split[i]],
      features: vector,
    };
  }
  return pairs;
}
