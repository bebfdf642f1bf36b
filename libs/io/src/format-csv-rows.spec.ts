import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { createCsvWriter } from './create-csv-writer';
import { formatCsvRows } from './format-csv-rows';
import { testDir } from './testing-internal/test-dir';
import { csvLine, isPlainLine } from './internal/csv-line';
import { stringify } from 'csv-stringify/sync';

describe(formatCsvRows, () => {
  let t: ReturnType<typeof testDir>;
  beforeEach(() => (t = testDir()));
  afterEach(() => t.remove());

  it('should give the bytes createCsvWriter writes, also through writeText', async () => {
    const columns = ['id', 'name', 'note'];
    const row = fc.record({
      id: fc.string(),
      name: fc.constantFrom('', 'a,b', 'say "hi"', 'multi\nline', "O'Neil"),
      note: fc.string(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 30 }), async (rows) => {
        const a = createCsvWriter(t.path('a.csv'), columns);
        await a.writeMany(rows);
        await a.close();
        const b = createCsvWriter(t.path('b.csv'), columns);
        await b.writeText(formatCsvRows(columns, rows), rows.length);
        expect(b.rows).toBe(rows.length);
        await b.close();
        expect(readFileSync(t.path('b.csv'), 'utf8')).toBe(readFileSync(t.path('a.csv'), 'utf8'));
        expect(readFileSync(t.path('a.csv'), 'utf8')).toBe('id,name,note\n' + formatCsvRows(columns, rows));
      }),
      { numRuns: 30 },
    );
  });
});

describe('csvLine', () => {
  it('should take its fast path exactly when csv-stringify would not quote (property)', () => {
    const value = fc.oneof(fc.string(), fc.constantFrom('', ',', '"', '\n', '\r', 'a,b', ' x ', "O'Neil"));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 8 }), (values) => {
        expect(csvLine(values)).toBe(stringify([values]));
        const plain = !values.some((v) => /[",\n\r]/.test(v));
        expect(isPlainLine(values.join(','), values.length)).toBe(plain);
      }),
      { numRuns: 500 },
    );
  });
});
