import { loadSchema } from '@synth/schema';
import type { Source } from '@synth/features';
import type { ColumnBatch } from '@synth/io';
import { FAULT_ENV, faultFromEnv, plantPairFault, plantRecordFault } from './block-fault';
import { SCHEMA } from '../testing-internal/temp-dirs';

const schema = loadSchema(SCHEMA).schema;
const rows = (): Record<Source, Record<string, string>[]> => ({
  leads: [
    { id: 'L1', email: 'a@example.com' },
    { id: 'L2', email: 'b@example.com' },
  ],
  sales: [],
  financial: [],
});

describe(faultFromEnv, () => {
  it('should read no fault without the variable, and a fault from its JSON', () => {
    expect(faultFromEnv({})).toBeNull();
    expect(faultFromEnv({ [FAULT_ENV]: '{"block":2,"kind":"bad-email"}' })).toEqual({ block: 2, kind: 'bad-email' });
  });

  it('should refuse a malformed fault', () => {
    expect(() => faultFromEnv({ [FAULT_ENV]: '{"block":"x","kind":"bad-email"}' })).toThrow(FAULT_ENV);
    expect(() => faultFromEnv({ [FAULT_ENV]: '{"block":1,"kind":"flood"}' })).toThrow('must be');
  });
});

describe(plantRecordFault, () => {
  it.each([
    [
      'bad-email',
      undefined,
      [
        { id: 'L1', email: 'no-at-sign.example.com' },
        { id: 'L2', email: 'b@example.com' },
      ],
    ],
    [
      'duplicate-id',
      undefined,
      [
        { id: 'L1', email: 'a@example.com' },
        { id: 'L1', email: 'b@example.com' },
      ],
    ],
    [
      'set-id',
      'L9',
      [
        { id: 'L9', email: 'a@example.com' },
        { id: 'L2', email: 'b@example.com' },
      ],
    ],
  ] as const)('should plant %s in its block only', (kind, id, leads) => {
    const other = rows();
    plantRecordFault({ block: 1, kind, id }, 0, schema, other);
    expect(other).toEqual(rows());
    const planted = rows();
    plantRecordFault({ block: 1, kind, id }, 1, schema, planted);
    expect(planted.leads).toEqual(leads);
  });

  it('should name an id of no file in the first pair of its block', () => {
    const table: ColumnBatch = {
      length: 2,
      columns: {
        id_a: { type: 'utf8', values: ['L1', 'L2'] },
        id_b: { type: 'utf8', values: ['S1', 'S2'] },
      },
    };
    const planted = plantPairFault({ block: 0, kind: 'missing-pair-id' }, 0, table);
    expect(planted.columns).toEqual({
      id_a: { type: 'utf8', values: ['no-such-id', 'L2'] },
      id_b: { type: 'utf8', values: ['S1', 'S2'] },
    });
    expect(table.columns['id_a']).toEqual({ type: 'utf8', values: ['L1', 'L2'] });
    expect(plantPairFault(null, 0, table)).toBe(table);
    expect(plantPairFault({ block: 1, kind: 'missing-pair-id' }, 0, table)).toBe(table);
  });
});
