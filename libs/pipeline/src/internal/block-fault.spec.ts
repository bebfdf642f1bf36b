import { loadSchema } from '@synth/schema';
import type { Source } from '@synth/features';
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
    const pairs = [{ id_a: 'L1', id_b: 'S1' }];
    plantPairFault({ block: 0, kind: 'missing-pair-id' }, 0, pairs);
    expect(pairs).toEqual([{ id_a: 'no-such-id', id_b: 'S1' }]);
    plantPairFault(null, 0, pairs);
    expect(pairs).toHaveLength(1);
  });
});
