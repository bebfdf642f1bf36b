import type { PairBatch, PairingColumns } from '@synth/pairing';
import { isNameOnlyPair } from './is-name-only-pair';
import type { NameCounts, NameCountsJson } from './name-counts';
import { namesDiffer } from './names-differ';

/** One block's exact difficulty counts: every positive pair of the block and every entity's name. */
export interface BlockDifficulty {
  positives: number;
  nameOnlyPositives: number;
  nameVariationPositives: number;
  names: NameCountsJson;
}

/** The pairs as {@link blockDifficulty} reads them: per pair, its records' indices and its label. */
export type LabelledPairs = Pick<PairBatch, 'length' | 'a' | 'b' | 'y'>;

/**
 * Counts, over every positive pair of a block, the name-only positives ({@link isNameOnlyPair}) and those whose
 * names differ ({@link namesDiffer}), on the plain (pre-hash, post-noise) values the pairs were built from:
 * `pairs.a[i]` and `pairs.b[i]` index `records` (as `buildPairBatch` gives them). Only the positives' parties are
 * made as objects.
 *
 * @example
 * blockDifficulty(pairingColumns, buildPairBatch(pairingColumns, options), names); // { positives: 412, … }
 */
export function blockDifficulty(
  records: Pick<PairingColumns, 'length' | 'parties'>,
  pairs: LabelledPairs,
  names: NameCounts,
): BlockDifficulty {
  const party = (i: number, r: number) => {
    if (!(r >= 0 && r < records.length))
      throw new Error(`blockDifficulty: pair ${i} names record ${r}, not in the block`);
    return records.parties.get(r);
  };
  let positives = 0;
  let nameOnlyPositives = 0;
  let nameVariationPositives = 0;
  for (let i = 0; i < pairs.length; i++) {
    if (pairs.y[i] !== 1) continue;
    const a = party(i, pairs.a[i]);
    const b = party(i, pairs.b[i]);
    positives++;
    if (isNameOnlyPair(a, b)) nameOnlyPositives++;
    if (namesDiffer(a, b)) nameVariationPositives++;
  }
  return { positives, nameOnlyPositives, nameVariationPositives, names: names.toJSON() };
}
