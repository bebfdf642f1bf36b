import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { countCsvRecords } from './count-csv-records';
import { formatCsvRows } from './format-csv-rows';
import { IoError } from './io-error';
import { testDir } from './testing-internal/test-dir';

describe(countCsvRecords, () => {
  let t: ReturnType<typeof testDir>;
  beforeEach(() => (t = testDir()));
  afterEach(() => t.remove());

  it('should count the records the writer formats, quoted newlines included (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.string(), fc.constantFrom('a', '"b"', 'x\ny', 'p,q', '\r\n')), { maxLength: 40 }),
        async (rows) => {
          const file = t.path('r.csv');
          writeFileSync(
            file,
            'id,v\n' +
              formatCsvRows(
                ['id', 'v'],
                rows.map(([id, v]) => ({ id, v })),
              ),
          );
          expect(await countCsvRecords(file)).toBe(rows.length);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('should count a last record without a newline, and no record in a header-only or empty file', async () => {
    writeFileSync(t.path('a.csv'), 'id\n1\n2');
    writeFileSync(t.path('b.csv'), 'id\n');
    writeFileSync(t.path('c.csv'), '');
    expect(await countCsvRecords(t.path('a.csv'))).toBe(2);
    expect(await countCsvRecords(t.path('b.csv'))).toBe(0);
    expect(await countCsvRecords(t.path('c.csv'))).toBe(0);
  });

  it('should count across chunks of a large file', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => ({
      id: String(i),
      v: i % 1000 === 0 ? 'a\nb' : 'plain text',
    }));
    writeFileSync(t.path('big.csv'), 'id,v\n' + formatCsvRows(['id', 'v'], rows));
    expect(await countCsvRecords(t.path('big.csv'))).toBe(60_000);
  });

  it('should count across chunks that end inside quotes, escaped quotes and newlines included', async () => {
    const values = ['say "hi"\nthere, then "bye"', 'a,b', '""', 'plain', '\n'];
    const lines = values.map((v, i) => formatCsvRows(['id', 'v'], [{ id: String(i), v }]));
    // 4 MB: every chunk boundary falls at another place in the records.
    writeFileSync(t.path('quoted.csv'), 'id,v\n' + Array.from({ length: 200_000 }, (_, i) => lines[i % 5]).join(''));
    expect(await countCsvRecords(t.path('quoted.csv'))).toBe(200_000);
  }, 30_000);

  it('should name a file it cannot read', async () => {
    await expect(countCsvRecords(t.path('missing.csv'))).rejects.toThrow(IoError);
  });
});
