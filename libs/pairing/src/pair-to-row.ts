import type { Pair, PairRow } from './types';

/**
 * Flattens a pair into one output row: the key columns, then each feature as its own column
 * (null stays null, never NaN), in the order of {@link pairColumns}.
 *
 * @example
 * await writer.write(pairToRow(pair)); // { src_a: 'leads', id_a: 'L1', ..., split: 'train', email_exact: 1, ... }
 */
export function pairToRow(pair: Pair): PairRow {
  const row: PairRow = {
    src_a: pair.src_a,
    id_a: pair.id_a,
    src_b: pair.src_b,
    id_b: pair.id_b,
    y: pair.y,
    pair_kind: pair.pair_kind,
    split: pair.split,
  };
  const features = pair.features;
  // for…in visits the own keys in Object.keys order (a feature vector has no inherited enumerable keys).
  for (const name in features) {
    if (!Object.hasOwn(features, name)) continue;
    const v = features[name];
    row[name] = v === null || Number.isNaN(v) ? null : v;
  }
  return row;
}
