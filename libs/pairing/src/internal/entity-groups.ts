import type { PairingColumns } from '../pairing-columns';

/** The entities and split groups of some records, each numbered in the order first met. */
export interface EntityGroups {
  /** Per record, its entity's number: equal numbers ⇔ same entity. */
  readonly entity: Int32Array;
  readonly entityCount: number;
  /** Per entity, its split group's number (`splitGroup`, else the entity id). */
  readonly groupOfEntity: Int32Array;
  /** The key (`splitGroup` or entity id) of each group, by number. */
  readonly groupKeys: readonly string[];
  /** Records per entity and source: entity `e`'s count of source `s` (SOURCES order) at `e * 3 + s`. */
  readonly perSource: Int32Array;
}

/**
 * Numbers the entities of `records`, taken in the order `order` gives (record `order[i]` is the i-th; the result is
 * indexed by `i`), and their split groups, each in the order first met, as two `Map`s filled on first sight would.
 * Entity ids and group keys share one `Map` of strings: an entity that is its own group (its split group its own id)
 * costs one lookup.
 */
export function entityGroups(
  records: Pick<PairingColumns, 'source' | 'entityId' | 'splitGroup'>,
  order: Int32Array,
): EntityGroups {
  const { source, entityId, splitGroup } = records;
  const n = order.length;
  // Entity ids and group keys, numbered as met; per such number, its entity and its group (-1 for none yet).
  const ids = new Map<string, number>();
  const idNumber = (key: string): number => {
    let k = ids.get(key);
    if (k === undefined) ids.set(key, (k = ids.size));
    return k;
  };
  const entityOfId = new Int32Array(2 * n).fill(-1);
  const groupOfId = new Int32Array(2 * n).fill(-1);
  const entity = new Int32Array(n);
  const groupOfEntity = new Int32Array(n);
  const perSource = new Int32Array(3 * n);
  const groupKeys: string[] = [];
  let entityCount = 0;
  for (let i = 0; i < n; i++) {
    const r = order[i];
    const id = entityId[r];
    const k = idNumber(id);
    let e = entityOfId[k];
    if (e < 0) {
      e = entityOfId[k] = entityCount++;
      const key = splitGroup[r];
      const gk = key === id ? k : idNumber(key);
      let g = groupOfId[gk];
      if (g < 0) {
        g = groupOfId[gk] = groupKeys.length;
        groupKeys.push(key);
      }
      groupOfEntity[e] = g;
    }
    entity[i] = e;
    perSource[e * 3 + source[r]]++;
  }
  return {
    entity,
    entityCount,
    groupOfEntity: groupOfEntity.subarray(0, entityCount),
    groupKeys,
    perSource: perSource.subarray(0, 3 * entityCount),
  };
}
