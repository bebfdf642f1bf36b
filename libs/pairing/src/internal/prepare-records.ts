import type { PartyKeys } from '@synth/features';
import { balancedSplits } from './balanced-splits';
import { BlockingColumnsBuilder, type BlockingColumns } from './blocking-columns';
import { canonicalOrder } from './canonical-order';
import { CompletedParties } from './completed-parties';
import { entityGroups } from './entity-groups';
import { PairingError } from '../pairing-error';
import type { PairingColumns } from '../pairing-columns';
import { SOURCES, SPLITS } from './constants';
import type { ResolvedOptions } from './resolve-options';

/** Records in canonical order (source, then id) with everything the miners need, computed once. */
export interface Prepared {
  /** Number of records. */
  readonly count: number;
  /** Per record, its index in the records given to {@link prepareRecords}. */
  readonly origin: Int32Array;
  /** Per record, its source as an index into SOURCES. */
  readonly source: Uint8Array;
  /** Split index (into SPLITS) per record. */
  readonly split: Uint8Array;
  /** Dense entity number per record: equal numbers ⇔ same entity. */
  readonly entity: Int32Array;
  readonly entityCount: number;
  /** The normalised keys of each record (`normalizePartyKeys`): what the pair definitions read. */
  readonly keys: readonly PartyKeys[];
  /** The blocking keys of each record, as columns (computed from `keys` as they are made). */
  readonly blocking: BlockingColumns;
  /** The normalised party of each record, completed on first use (records in pairs only). */
  readonly normalized: CompletedParties;
  /** Record indices per split, ascending. */
  readonly bySplit: readonly (readonly number[])[];
  /** Distinct entities per split. */
  readonly entitiesBySplit: readonly number[];
}

/**
 * The positives each split group is expected to bring: its cross-source same-entity pairs, plus its
 * within-source ones when the block has too few of those to fill `withinSourceShare` of the positives.
 */
function groupWeights(
  perSource: Int32Array,
  groupOfEntity: Int32Array,
  groups: number,
  options: ResolvedOptions,
): number[] {
  const cross = new Array<number>(groups).fill(0);
  const within = new Array<number>(groups).fill(0);
  for (let e = 0; e < groupOfEntity.length; e++) {
    const g = groupOfEntity[e];
    const a = perSource[e * 3];
    const b = perSource[e * 3 + 1];
    const c = perSource[e * 3 + 2];
    cross[g] += a * b + a * c + b * c;
    within[g] += (a * (a - 1) + b * (b - 1) + c * (c - 1)) / 2;
  }
  const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);
  const share = options.withinSourceShare;
  // A split keeps `share / (1 − share)` within-source positives per cross-source one, as far as it has them:
  // when they are plentiful its positives follow its cross-source pairs alone, else both kinds count.
  const plentiful = sum(within) >= (share / (1 - share)) * sum(cross);
  return plentiful ? cross : cross.map((x, g) => x + within[g]);
}

/** Sorts, checks and normalises the records (their keys only: the rest once a pair compares them). */
export function prepareRecords(input: PairingColumns, options: ResolvedOptions): Prepared {
  const n = input.length;
  const origin = canonicalOrder(input);
  const source = new Uint8Array(n);
  for (let i = 0; i < n; i++) source[i] = input.source[origin[i]];
  const ids = input.id;
  for (let i = 1; i < n; i++) {
    const id = ids[origin[i]];
    if (source[i] === source[i - 1] && id === ids[origin[i - 1]]) {
      const at = `${SOURCES[source[i]]}/${id}`;
      throw new PairingError(`record ${at} appears twice`, 'records', at, 'unique (source, id)');
    }
  }
  const { entity, entityCount, groupOfEntity, groupKeys, perSource } = entityGroups(input, origin);
  const weights = groupWeights(perSource, groupOfEntity, groupKeys.length, options);
  const splitOfGroup = balancedSplits(options.seed, groupKeys, weights, options.fractions);
  const splitOfEntity = new Uint8Array(entityCount);
  const entitiesBySplit = [0, 0, 0];
  for (let e = 0; e < entityCount; e++) entitiesBySplit[(splitOfEntity[e] = splitOfGroup[groupOfEntity[e]])]++;
  const split = new Uint8Array(n);
  const bySplit: number[][] = SPLITS.map(() => []);
  for (let i = 0; i < n; i++) {
    split[i] = splitOfEntity[entity[i]];
    bySplit[split[i]].push(i);
  }
  const { parties } = input;
  const keys = new Array<PartyKeys>(n);
  const blocking = new BlockingColumnsBuilder(n);
  for (let i = 0; i < n; i++) blocking.set(i, (keys[i] = parties.keys(origin[i])));
  return {
    count: n,
    origin,
    source,
    split,
    entity,
    entityCount,
    keys,
    blocking: blocking.build(),
    normalized: new CompletedParties(parties, origin, keys),
    bySplit,
    entitiesBySplit,
  };
}
