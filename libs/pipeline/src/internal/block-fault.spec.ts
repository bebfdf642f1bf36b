import { loadSchema } from '@synth/schema';
import type { Source } from '@synth/features';
import type { ColumnBatch } from '@synth/io';
import { FAULT_ENV, faultFromEnv, plantPairFault, recordFaultPlanter } from './block-fault';
import type { BlockFault } from './block-fault';
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

/** The rows as written through the planter of `fault` for `block`: source by source, each in file order. */
function plant(fault: BlockFault, block: number, rows: Record<Source, Record<string, string>[]>) {
  const planter = recordFaultPlanter(fault, block, schema);
  if (!planter) return rows;
  const planted = { ...rows };
  for (const source of ['leads', 'sales', 'financial'] as const)
    planted[source] = rows[source].map((row) => planter(source, row));
  return planted;
}

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

describe(recordFaultPlanter, () => {
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
    expect(recordFaultPlanter({ block: 1, kind, id }, 0, schema)).toBeNull();
    expect(recordFaultPlanter(null, 1, schema)).toBeNull();
    const original = rows();
    const planted = plant({ block: 1, kind, id }, 1, original);
    expect(planted.leads).toEqual(leads);
    expect(original).toEqual(rows());
  });

  it('should plant into the leads records only, past those without an email', () => {
    const original = {
      leads: [
        { id: 'L1', email: '' },
        { id: 'L2', email: 'b@example.com' },
        { id: 'L3', email: 'c@example.com' },
      ],
      sales: [{ id: 'S1', email: 's@example.com' }],
      financial: [],
    };
    const planted = plant({ block: 0, kind: 'bad-email' }, 0, original);
    expect(planted.leads.map((r) => r.email)).toEqual(['', 'no-at-sign.example.com', 'c@example.com']);
    expect(planted.sales).toEqual(original.sales);
    const duplicate = plant({ block: 0, kind: 'duplicate-id' }, 0, { ...original, leads: original.leads.slice(1) });
    expect(duplicate.leads.map((r) => r.id)).toEqual(['L2', 'L2']);
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
