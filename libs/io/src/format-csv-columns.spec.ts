import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { createCsvWriter } from './create-csv-writer';
import { formatCsvColumns } from './format-csv-columns';
import { formatCsvRows } from './format-csv-rows';
import { testDir } from './testing-internal/test-dir';
import type { ColumnBatch } from './column-batch';

/** A row as a CSV row object: `String(value)`, nulls empty (what the pipeline did for pairs.csv). */
const asCsvRow = (row: Record<string, string | number | boolean | null>) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)]));

describe(formatCsvColumns, () => {
  it('should format the text formatCsvRows gives for the same rows as objects (property)', () => {
    const row = fc.record({
      id: fc.string(),
      note: fc.option(fc.constantFrom('', 'a,b', 'say "hi"', 'multi\nline', 'cr\r', "O'Neil", 'Zoë'), { nil: null }),
      y: fc.integer({ min: -2147483648, max: 2147483647 }),
      score: fc.option(fc.double(), { nil: null }),
      flag: fc.option(fc.boolean(), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const n = rows.length;
        const nulls = (key: 'score' | 'flag') => Uint8Array.from(rows, (r) => (r[key] === null ? 1 : 0));
        const batch: ColumnBatch = {
          length: n,
          columns: {
            id: { type: 'utf8', values: rows.map((r) => r.id) },
            note: { type: 'utf8', values: rows.map((r) => r.note) },
            y: { type: 'int32', values: Int32Array.from(rows, (r) => r.y) },
            score: { type: 'double', values: Float64Array.from(rows, (r) => r.score ?? 0), nulls: nulls('score') },
            flag: { type: 'boolean', values: Uint8Array.from(rows, (r) => (r.flag ? 1 : 0)), nulls: nulls('flag') },
          },
        };
        const names = ['id', 'note', 'y', 'score', 'flag', 'missing'];
        expect(formatCsvColumns(names, batch)).toBe(formatCsvRows(names, rows.map(asCsvRow)));
      }),
      { numRuns: 200 },
    );
  });

  it('should write numbers as String does and nulls as empty fields', () => {
    const batch: ColumnBatch = {
      length: 2,
      columns: {
        id: { type: 'utf8', values: ['L1', 'a,b'] },
        score: { type: 'double', values: Float64Array.of(0.1 + 0.2, 0), nulls: Uint8Array.of(0, 1) },
      },
    };
    expect(formatCsvColumns(['id', 'score'], batch)).toBe('L1,0.30000000000000004\n"a,b",\n');
    expect(formatCsvColumns(['id', 'score'], batch, 1, 2)).toBe('"a,b",\n');
    expect(formatCsvColumns(['id', 'score'], batch, 1, 1)).toBe('');
  });
});

describe('CsvTableWriter.writeBytes', () => {
  let t: ReturnType<typeof testDir>;
  beforeEach(() => (t = testDir()));
  afterEach(() => t.remove());

  it('should write UTF-8 bytes in order with rows and text written before and after', async () => {
    const w = createCsvWriter(t.path('a.csv'), ['id', 'name']);
    await w.write({ id: '1', name: 'Zoë' });
    const bytes = new TextEncoder().encode('2,東京\n3,"a,b"\n');
    await w.writeBytes(bytes, 2);
    await w.writeText('4,x\n', 1);
    await w.writeBytes(new Uint8Array(0), 0);
    await w.close();
    expect(w.rows).toBe(4);
    expect(readFileSync(t.path('a.csv'), 'utf8')).toBe('id,name\n1,Zoë\n2,東京\n3,"a,b"\n4,x\n');
  });
});
