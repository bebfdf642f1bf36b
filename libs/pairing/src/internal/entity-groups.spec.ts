import fc from 'fast-check';
import { PairingColumns } from '../pairing-columns';
import type { PairingRecord } from '../types';
import { SOURCES } from './constants';
import { entityGroups } from './entity-groups';

/** The reference: entities and groups numbered by two Maps filled on first sight. */
function reference(records: readonly PairingRecord[]) {
  const entities = new Map<string, number>();
  const groups = new Map<string, number>();
  const groupOfEntity: number[] = [];
  const perSource: number[] = [];
  const entity = records.map((r) => {
    let e = entities.get(r.entityId);
    if (e === undefined) {
      entities.set(r.entityId, (e = entities.size));
      const key = r.splitGroup ?? r.entityId;
      let g = groups.get(key);
      if (g === undefined) groups.set(key, (g = groups.size));
      groupOfEntity.push(g);
      perSource.push(0, 0, 0);
    }
    perSource[e * 3 + SOURCES.indexOf(r.source)]++;
    return e;
  });
  return { entity, entityCount: entities.size, groupOfEntity, groupKeys: [...groups.keys()], perSource };
}

const id = fc.constantFrom('E1', 'E2', 'E3', 'E4', 'E5');
const records = fc
  .array(
    fc.record({ source: fc.constantFrom(...SOURCES), entityId: id, splitGroup: fc.option(id, { nil: undefined }) }),
    { maxLength: 40 },
  )
  .map((draws) =>
    draws.map(({ source, entityId, splitGroup }, i): PairingRecord => ({
      source,
      id: `R${i}`,
      entityId,
      ...(splitGroup && { splitGroup }),
      party: {},
    })),
  );

describe(entityGroups, () => {
  it('should number entities and split groups in the order first met, as two Maps do', () => {
    fc.assert(
      fc.property(records, (rs) => {
        const got = entityGroups(PairingColumns.from(rs), Int32Array.from(rs.keys()));
        expect({
          entity: [...got.entity],
          entityCount: got.entityCount,
          groupOfEntity: [...got.groupOfEntity],
          groupKeys: got.groupKeys,
          perSource: [...got.perSource],
        }).toEqual(reference(rs));
      }),
      { numRuns: 500 },
    );
  });

  it('should take the records in the order given', () => {
    fc.assert(
      fc.property(records, (rs) => {
        const order = Int32Array.from(rs.keys()).reverse();
        const got = entityGroups(PairingColumns.from(rs), order);
        expect([...got.entity]).toEqual(reference([...rs].reverse()).entity);
        expect(got.groupKeys).toEqual(reference([...rs].reverse()).groupKeys);
      }),
      { numRuns: 200 },
    );
  });

  it('should put a confuser in its target group, even one met only later as an entity', () => {
    const rs: PairingRecord[] = [
      { source: 'leads', id: 'L1', entityId: 'C', splitGroup: 'T', party: {} },
      { source: 'sales', id: 'S1', entityId: 'T', party: {} },
      { source: 'sales', id: 'S2', entityId: 'U', party: {} },
    ];
    const got = entityGroups(PairingColumns.from(rs), Int32Array.from(rs.keys()));
    expect([...got.groupOfEntity]).toEqual([0, 0, 1]);
    expect(got.groupKeys).toEqual(['T', 'U']);
  });
});
