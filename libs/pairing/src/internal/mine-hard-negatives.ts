import type { PartyKeys } from '@synth/features';
import type { Rng } from '@synth/random';
import type { HardNegativeKind } from '../types';
import type { BlockingColumns } from './blocking-columns';
import { BLOCK_CAP, HARD_NEGATIVE_KINDS, PAIR_KINDS } from './constants';
import { buildBlockingIndex, forEachBlockedPair } from './blocking-index';
import { isEmailLocalNegative, isSimilarNameNegative, isZipHouseNegative } from './pair-definitions';
import { LabelledPairs } from './labelled-pairs';
import type { PairSet } from './pair-set';
import type { Prepared } from './prepare-records';

interface Miner {
  readonly kind: HardNegativeKind;
  /** Its blocking keys (`blocking-keys`), as columns of the prepared records. */
  readonly keys: readonly (keyof BlockingColumns)[];
  readonly accept: (a: PartyKeys, b: PartyKeys) => boolean;
}

const MINERS: readonly Miner[] = [
  { kind: 'neg_email_local', keys: ['emailLocal'], accept: isEmailLocalNegative },
  { kind: 'neg_similar_name', keys: ['lastName', 'firstName'], accept: isSimilarNameNegative },
  { kind: 'neg_zip_house', keys: ['zipHouse'], accept: isZipHouseNegative },
];

export interface HardNegatives {
  /** The candidates of each kind, in the order found (each labelled with its kind). */
  readonly byKind: Record<HardNegativeKind, LabelledPairs>;
  readonly cappedBlocks: number;
}

/**
 * Mines the hard negatives of one split over blocking indexes (never all pairs). A pair that fits
 * several kinds is tagged with the first (email local, similar name, zip + house); pairs of the
 * same entity are never negatives. `seen` holds the pairs already used.
 */
export function mineHardNegatives(prepared: Prepared, splitIndex: number, rng: Rng, seen: PairSet): HardNegatives {
  const { keys, entity, blocking } = prepared;
  const indices = prepared.bySplit[splitIndex];
  const byKind = Object.fromEntries(HARD_NEGATIVE_KINDS.map((k) => [k, new LabelledPairs(256)])) as Record<
    HardNegativeKind,
    LabelledPairs
  >;
  let cappedBlocks = 0;
  for (const miner of MINERS) {
    const index = buildBlockingIndex(
      indices,
      miner.keys.map((name) => blocking[name]),
    );
    const found = byKind[miner.kind];
    const kind = PAIR_KINDS.indexOf(miner.kind);
    const { accept } = miner;
    cappedBlocks += forEachBlockedPair(index, BLOCK_CAP, rng.child(miner.kind), (a, b) => {
      // accept is pure, so asking it first and adding in one probe keeps exactly the unseen accepted pairs.
      if (entity[a] === entity[b] || !accept(keys[a], keys[b])) return;
      if (seen.add(a, b)) found.push(a, b, kind);
    });
  }
  return { byKind, cappedBlocks };
}
