import { featureNames } from '@synth/features';
import { createRng } from '@synth/random';
import { emptyPairStats } from './empty-pair-stats';
import { featureColumns } from './internal/feature-columns';
import { PAIR_KINDS, SPLITS } from './internal/constants';
import { minePositives } from './internal/mine-positives';
import { PairSet } from './internal/pair-set';
import { pairsOfSplit, type SplitOutcome } from './internal/pairs-of-split';
import { prepareRecords, type Prepared } from './internal/prepare-records';
import { resolveOptions } from './internal/resolve-options';
import { mergePairStats } from './merge-pair-stats';
import { PairingColumns } from './pairing-columns';
import type { BuildPairsOptions, PairBatch, PairStats, PairingRecord } from './types';

/** Per kind (an index into `PAIR_KINDS`), 1 for a positive kind, else 0. */
const LABEL_OF_KIND = Uint8Array.from(PAIR_KINDS, (kind) => (kind.startsWith('pos_') ? 1 : 0));

/**
 * The pairs of {@link buildPairs}, the same ones in the same order with the same stats, as a {@link PairBatch}:
 * record indices, label, kind and split in typed arrays, and every feature vector written straight into one
 * feature-major `Float64Array` (with a null mask), without a `Pair` or a feature object per pair. For callers
 * that store or stream pairs as columns (tables, parquet) rather than as objects. The records may be given as
 * {@link PairingColumns} (no object per record): the same pairs as of its `record(i)`s.
 *
 * @example
 * const batch = buildPairBatch(records, { seed: 42, block: 0 });
 * const i = 0;
 * records[batch.a[i]].id; // id_a of the first pair
 * PAIR_KINDS[batch.kind[i]]; // 'pos_cross_source'
 * const f = batch.features.indexOf('zip_equal');
 * batch.nulls[f * batch.length + i] ? null : batch.values[f * batch.length + i]; // 1, 0 or null
 */
export function buildPairBatch(
  records: readonly PairingRecord[] | PairingColumns,
  options: BuildPairsOptions,
): PairBatch {
  const resolved = resolveOptions(options);
  const columns = records instanceof PairingColumns ? records : PairingColumns.from(records);
  const prepared = prepareRecords(columns, resolved);
  const positives = minePositives(prepared);
  const rng = createRng(resolved.seed, 'pairs', resolved.block);
  const seen = new PairSet(prepared.count * 4);
  const stats = emptyPairStats();
  const outcomes = SPLITS.map((split, s) => {
    const outcome = pairsOfSplit(prepared, positives, s, resolved, rng, seen);
    const splitStats = stats.splits[split];
    splitStats.records = prepared.bySplit[s].length;
    splitStats.entities = prepared.entitiesBySplit[s];
    splitStats.hardCandidates = outcome.hardCandidates;
    stats.skippedPositives += positives.skipped[s];
    stats.droppedPositives += outcome.droppedPositives;
    stats.withinSourceSampledOut += outcome.withinSourceSampledOut;
    stats.cappedBlocks += outcome.cappedBlocks;
    return outcome;
  });
  const batch = fillBatch(prepared, outcomes, stats);
  stats.randomFill = SPLITS.reduce((sum, split) => sum + stats.splits[split].byKind.neg_random, 0);
  // Merging with nothing fills in the totals, ratios and the negative mix.
  return { ...batch, stats: mergePairStats(stats, emptyPairStats()) };
}

/** The pairs of every split, in split order, as columns with their features; counts them into `stats`. */
function fillBatch(prepared: Prepared, outcomes: readonly SplitOutcome[], stats: PairStats): Omit<PairBatch, 'stats'> {
  const n = outcomes.reduce((sum, o) => sum + o.pairs.length, 0);
  // The pairs' records in the prepared order (`a`, `b` take them back to the given order).
  const pa = new Int32Array(n);
  const pb = new Int32Array(n);
  const a = new Int32Array(n);
  const b = new Int32Array(n);
  const y = new Uint8Array(n);
  const kind = new Uint8Array(n);
  const split = new Uint8Array(n);
  const { origin } = prepared;
  let i = 0;
  outcomes.forEach(({ pairs }, s) => {
    const splitStats = stats.splits[SPLITS[s]];
    for (let p = 0; p < pairs.length; p++, i++) {
      const k = pairs.kind(p);
      const label = LABEL_OF_KIND[k];
      pa[i] = pairs.a(p);
      pb[i] = pairs.b(p);
      a[i] = origin[pa[i]];
      b[i] = origin[pb[i]];
      y[i] = label;
      kind[i] = k;
      split[i] = s;
      splitStats.byKind[PAIR_KINDS[k]]++;
      if (label === 1) splitStats.positives++;
      else splitStats.negatives++;
    }
  });
  const { values, nulls } = featureColumns(prepared.normalized, prepared.count, pa, pb);
  return { length: n, a, b, y, kind, split, features: featureNames, values, nulls };
}
