import { normalizeParty } from '@synth/features';
import type { NormalizedParty } from '@synth/features';
import { assignSplit } from '../assign-split';
import { PairingError } from '../pairing-error';
import type { PairingRecord } from '../types';
import { SOURCES, SPLITS } from './constants';
import { recordKeys, type RecordKeys } from './record-keys';
import type { ResolvedOptions } from './resolve-options';

/** Records in canonical order (source, then id) with everything the miners need, computed once. */
export interface Prepared {
  readonly records: readonly PairingRecord[];
  /** Split index (into SPLITS) per record. */
  readonly split: Uint8Array;
  /** Dense entity number per record: equal numbers ⇔ same entity. */
  readonly entity: Int32Array;
  readonly entityCount: number;
  readonly keys: readonly RecordKeys[];
  readonly normalized: readonly NormalizedParty[];
  /** Record indices per split, ascending. */
  readonly bySplit: readonly (readonly number[])[];
  /** Distinct entities per split. */
  readonly entitiesBySplit: readonly number[];
}

const sourceRank = new Map(SOURCES.map((s, i) => [s, i]));
const canonical = (a: PairingRecord, b: PairingRecord): number => {
  const s = (sourceRank.get(a.source) as number) - (sourceRank.get(b.source) as number);
  return s !== 0 ? s : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/** Sorts, checks and normalises the records (one normalizeParty per record). */
export function prepareRecords(input: readonly PairingRecord[], options: ResolvedOptions): Prepared {
  input.forEach((r, i) => {
    if (!sourceRank.has(r.source)) {
      throw new PairingError(`records[${i}].source must be one of ${SOURCES.join(', ')}, got ${String(r.source)}`, `records[${i}].source`, r.source, SOURCES.join(' | '));
    }
  });
  // Input already in canonical order (the usual case) is not sorted again.
  const sorted = input.every((r, i) => i === 0 || canonical(input[i - 1], r) <= 0);
  const records = sorted ? input : [...input].sort(canonical);
  const n = records.length;
  const split = new Uint8Array(n);
  const entity = new Int32Array(n);
  const entityNumbers = new Map<string, number>();
  const splitOfEntity: number[] = [];
  const bySplit: number[][] = SPLITS.map(() => []);
  for (let i = 0; i < n; i++) {
    const r = records[i];
    if (i > 0 && r.source === records[i - 1].source && r.id === records[i - 1].id) {
      throw new PairingError(`record ${r.source}/${r.id} appears twice`, 'records', `${r.source}/${r.id}`, 'unique (source, id)');
    }
    let e = entityNumbers.get(r.entityId);
    if (e === undefined) {
      e = entityNumbers.size;
      entityNumbers.set(r.entityId, e);
      splitOfEntity.push(SPLITS.indexOf(assignSplit(options.seed, r.splitGroup ?? r.entityId, options.fractions)));
    }
    entity[i] = e;
    split[i] = splitOfEntity[e];
    bySplit[split[i]].push(i);
  }
  const normalized = records.map((r) => normalizeParty(r.party));
  return {
    records,
    split,
    entity,
    entityCount: entityNumbers.size,
    keys: normalized.map(recordKeys),
    normalized,
    bySplit,
    entitiesBySplit: SPLITS.map((_, s) => splitOfEntity.filter((x) => x === s).length),
  };
}
