import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSchema, SOURCES } from '@synth/schema';
import { planEntities } from './plan-entities';
import { renderChunk } from './render-chunk';
import { sourceColumns } from './source-columns';

const text = readFileSync(join(__dirname, '..', '..', '..', 'automotive_schemas.json'), 'utf8');

describe('rendering a drifted schema', () => {
  it('should fill synthesised required fields and generate unknown fields from their type', () => {
    const doc = JSON.parse(text);
    doc.entities.sales.fields = doc.entities.sales.fields.filter(
      (f: { name: string }) => !['order_id', 'order_value', 'account'].includes(f.name),
    );
    doc.entities.leads.fields = doc.entities.leads.fields.filter((f: { name: string }) => f.name !== 'source');
    doc.entities.financial.fields.push(
      { name: 'stock_number', type: 'string' },
      { name: 'odometer_km', type: 'integer', min: 0, max: 150000 },
      { name: 'delivered_on', type: 'date', nullShare: 0.5 },
      { name: 'warranty', type: 'boolean' },
      { name: 'fee', type: 'decimal', min: 10, max: 20 },
    );
    const { schema, warnings } = parseSchema(JSON.stringify(doc), 'drift.json');
    expect(warnings).toHaveLength(9);
    const plan = planEntities(schema, { seed: 3, counts: { leads: 200, sales: 200, financial: 200 } });
    const records = renderChunk(plan, schema, 0);
    for (const s of SOURCES) {
      for (const r of records.filter((x) => x.source === s))
        expect(Object.keys(r.row)).toEqual(sourceColumns(schema, s));
    }
    const sales = records.filter((r) => r.source === 'sales');
    expect(
      sales.every(
        (r) => /^SO-\d{4}-\d{7}$/.test(r.row.order_id) && /^\d+\.\d\d$/.test(r.row.order_value) && r.row.account !== '',
      ),
    ).toBe(true);
    expect(
      records
        .filter((r) => r.source === 'leads')
        .every((r) => ['website', 'phone', 'walk_in', 'third_party', 'referral', 'event'].includes(r.row.source)),
    ).toBe(true);
    const fin = records.filter((r) => r.source === 'financial');
    expect(fin.every((r) => /^[A-Z0-9]{8}$/.test(r.row.stock_number))).toBe(true);
    expect(fin.every((r) => Number(r.row.odometer_km) >= 0 && Number(r.row.odometer_km) <= 150000)).toBe(true);
    expect(fin.every((r) => r.row.delivered_on === '' || !Number.isNaN(Date.parse(r.row.delivered_on)))).toBe(true);
    expect(fin.some((r) => r.row.delivered_on === '')).toBe(true);
    expect(
      fin.every(
        (r) => ['true', 'false'].includes(r.row.warranty) && Number(r.row.fee) >= 10 && Number(r.row.fee) <= 20,
      ),
    ).toBe(true);
  });
});
