import type { PartyKeys } from '@synth/features';
import type { Rng } from '@synth/random';
import type { HardNegativeKind } from '../types';
import { BLOCK_CAP, HARD_NEGATIVE_KINDS } from './constants';
import { buildBlockingIndex, forEachBlockedPair } from './blocking-index';
import { isEmailLocalNegative, isSimilarNameNegative, isZipHouseNegative } from './pair-definitions';
import { PairList } from './pair-list';
import type { PairSet } from './pair-set';
import type { Prepared } from './prepare-records';
import { emailLocalKey, firstNameKey, lastNameKey, zipHouseKey } from './blocking-keys';

interface Miner {
  readonly kind: HardNegativeKind;
  /** Blocking key functions; '' means no key. */
  readonly keys: readonly ((k: PartyKeys) => string | number)[];
  readonly accept: (a: PartyKeys, b: PartyKeys) => boolean;
}

const MINERS: readonly Miner[] = [
  { kind: 'neg_email_local', keys: [emailLocalKey], accept: isEmailLocalNegative },
  { kind: 'neg_similar_name', keys: [lastNameKey, firstNameKey], accept: isSimilarNameNegative },
  { kind: 'neg_zip_house', keys: [zipHouseKey], accept: isZipHouseNegative },
];

export interface HardNegatives {
  /** The candidates of each kind, in the order found. */
  readonly byKind: Record<HardNegativeKind, PairList>;
  readonly cappedBlocks: number;
}

/**
 * Mines the hard negatives of one split over blocking indexes (never all pairs). A pair that fits
 * several kinds is tagged with the first (email local, similar name, zip + house); pairs of the
 * same entity are never negatives. `seen` holds the pairs already used.
 */
export function mineHardNegatives(prepared: Prepared, splitIndex: number, rng: Rng, seen: PairSet): HardNegatives {
  const { keys, entity } = prepared;
  const indices = prepared.bySplit[splitIndex];
  const byKind = Object.fromEntries(HARD_NEGATIVE_KINDS.map((k) => [k, new PairList()])) as Record<
    HardNegativeKind,
    PairList
  >;
  let cappedBlocks = 0;
  for (const miner of MINERS) {
    const index = buildBlockingIndex(indices, keys, miner.keys);
    const found = byKind[miner.kind];
    const { accept } = miner;
    cappedBlocks += forEachBlockedPair(index, BLOCK_CAP, rng.child(miner.kind), (a, b) => {
      // accept is pure, so asking it first and adding in one probe keeps exactly the unseen accepted pairs.
      if (entity[a] === entity[b] || !accept(keys[a], keys[b])) return;
      if (seen.add(a, b)) found.push(a, b);
    });
  }
  return { byKind, cappedBlocks };
}
