import { createHash } from 'node:crypto';
import { toPartyRecord } from '@synth/features';
import { buildPairBatch } from './build-pair-batch';
import { PairingColumns } from './pairing-columns';
import { PairingError } from './pairing-error';
import type { PairingRecord } from './types';
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
      // The input's party, field for field; a missing value (absent, null or '') comes back null.
      const party = back.party as unknown as Record<string, unknown>;
      const given = r.party as unknown as Record<string, unknown>;
      for (const field of new Set([...Object.keys(party), ...Object.keys(given)])) {
        const value = given[field];
        expect(party[field]).toBe(value === undefined || value === '' ? null : value);
      }
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

  it('should give the pairs that records as objects gave before the columns (digests pinned at 75be438)', () => {
    // Made with this digest by the object path of 75be438, before `PairingColumns` existed.
    const pinned = [
      '0:185:363cbfcb3ad5bfea',
      '7:170:7c4d45d36c93a6da',
      '42:215:b8cd3535a1aa4647',
      '314:210:676dcede60db4694',
      '999:250:414880e9b7e24097',
    ];
    const digests = [0, 7, 42, 314, 999].map((seed) => {
      const columns = PairingColumns.from(makeFixture({ seed, entities: 80 }));
      const batch = buildPairBatch(columns, { seed, block: 2 });
      const hash = createHash('sha256');
      for (const key of ['a', 'b', 'y', 'kind', 'split', 'values', 'nulls'] as const) {
        const column = batch[key];
        hash.update(key).update(new Uint8Array(column.buffer, column.byteOffset, column.byteLength));
      }
      hash.update(JSON.stringify(batch.stats)).update(batch.features.join(','));
      return `${seed}:${batch.length}:${hash.digest('hex').slice(0, 16)}`;
    });
    expect(digests).toEqual(pinned);
  });

  it('should reject a record of an unknown source', () => {
    const columns = new PairingColumns();
    columns.addRow('leads', 'L1', 'E1', 'E1', {});
    expect(() => columns.addRow('crm' as 'leads', 'C1', 'E2', 'E2', {})).toThrow(PairingError);
    expect(() => columns.addRow('crm' as 'leads', 'C1', 'E2', 'E2', {})).toThrow('records[1].source must be one of');
    expect(columns.length).toBe(1);
  });

  it('should reject a record without a party and leave the columns as they were', () => {
    const columns = PairingColumns.from(makeFixture({ seed: 1, entities: 3 }));
    const n = columns.length;
    const bad = { source: 'leads', id: 'L9', entityId: 'E9' } as unknown as PairingRecord;
    expect(() => columns.addRecord(bad)).toThrow(`records[${n}].party must be a party record`);
    expect(columns.length).toBe(n);
    expect(columns.parties.length).toBe(n);
  });
});
