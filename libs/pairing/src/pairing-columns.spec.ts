import { toPartyRecord } from '@synth/features';
import fc from 'fast-check';
import { buildPairBatch } from './build-pair-batch';
import { PairingColumns } from './pairing-columns';
import { PairingError } from './pairing-error';
import { makeFixture } from './testing-internal/make-fixture';

describe(PairingColumns, () => {
  it('should hold each record, its split group defaulting to its entity id', () => {
    const records = makeFixture({ seed: 3, entities: 40 });
    const columns = PairingColumns.from(records);
    expect(columns.length).toBe(records.length);
    records.forEach((r, i) => {
      const back = columns.record(i);
      expect([back.source, back.id, back.entityId, back.splitGroup]).toEqual([
        r.source,
        r.id,
        r.entityId,
        r.splitGroup ?? r.entityId,
      ]);
      expect(back.party).toEqual(columns.parties.get(i));
    });
  });

  it('should add a source row as the record of toPartyRecord', () => {
    const columns = new PairingColumns();
    const row = { first_name: 'Ann', account: 'Acme', billing_address: '1 Main St', email: '' };
    columns.addRow('financial', 'F1', 'E1', 'E9', row);
    expect(columns.record(0)).toEqual({
      source: 'financial',
      id: 'F1',
      entityId: 'E1',
      splitGroup: 'E9',
      party: toPartyRecord('financial', row),
    });
  });

  it('should give the pairs of the same records as objects', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000 }), (seed) => {
        const records = makeFixture({ seed, entities: 80 });
        const options = { seed, block: 2 };
        expect(buildPairBatch(PairingColumns.from(records), options)).toEqual(buildPairBatch(records, options));
      }),
      { numRuns: 10 },
    );
  });

  it('should reject a record of an unknown source', () => {
    const columns = new PairingColumns();
    columns.addRow('leads', 'L1', 'E1', 'E1', {});
    expect(() => columns.addRow('crm' as 'leads', 'C1', 'E2', 'E2', {})).toThrow(PairingError);
    expect(() => columns.addRow('crm' as 'leads', 'C1', 'E2', 'E2', {})).toThrow('records[1].source must be one of');
    expect(columns.length).toBe(1);
  });
});
