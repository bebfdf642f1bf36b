import type { Pair, PairingRecord } from '@synth/pairing';
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

/**
 * Counts, over every positive pair of a block, the name-only positives ({@link isNameOnlyPair}) and those whose
 * names differ ({@link namesDiffer}), on the plain (pre-hash, post-noise) values the pairs were built from.
 *
 * @example
 * blockDifficulty(pairingRecords, pairs, names); // { positives: 412, nameOnlyPositives: 9, … }
 */
export function blockDifficulty(
  records: readonly PairingRecord[],
  pairs: readonly Pair[],
  names: NameCounts,
): BlockDifficulty {
  // One map per source, keyed by id: no joined key string per record or per pair.
  const bySource = new Map<string, Map<string, PairingRecord>>();
  for (const r of records) {
    let ids = bySource.get(r.source);
    if (ids === undefined) bySource.set(r.source, (ids = new Map()));
    ids.set(r.id, r);
  }
  const party = (source: string, id: string) => {
    const r = bySource.get(source)?.get(id);
    if (!r) throw new Error(`blockDifficulty: pair record ${source} ${id} is not in the block`);
    return r.party;
  };
  let positives = 0;
  let nameOnlyPositives = 0;
  let nameVariationPositives = 0;
  for (const p of pairs) {
    if (p.y !== 1) continue;
    const a = party(p.src_a, p.id_a);
    const b = party(p.src_b, p.id_b);
    positives++;
    if (isNameOnlyPair(a, b)) nameOnlyPositives++;
    if (namesDiffer(a, b)) nameVariationPositives++;
  }
  return { positives, nameOnlyPositives, nameVariationPositives, names: names.toJSON() };
}
