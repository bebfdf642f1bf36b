import { writeFileSync } from 'node:fs';
import { createParquetWriter } from './create-parquet-writer';
import { IoError } from './io-error';
import { readParquetFooter } from './read-parquet-footer';
import { testDir } from './testing-internal/test-dir';

describe(readParquetFooter, () => {
  let t: ReturnType<typeof testDir>;
  beforeEach(() => (t = testDir()));
  afterEach(() => t.remove());

  it('should give the row count of the file and of each row group', async () => {
    const w = createParquetWriter(t.path('p.parquet'), [{ name: 'id', type: 'utf8' }], { rowGroupSize: 4 });
    await w.writeMany(Array.from({ length: 10 }, (_, i) => ({ id: `r${i}` })));
    await w.close();
    const footer = await readParquetFooter(t.path('p.parquet'));
    expect(footer.rows).toBe(10);
    expect(footer.rowGroups.reduce((a, b) => a + b, 0)).toBe(10);
    expect(footer.rowGroups.length).toBeGreaterThan(1);
  });

  it('should name a file that is not parquet', async () => {
    writeFileSync(t.path('x.parquet'), 'not parquet at all');
    await expect(readParquetFooter(t.path('x.parquet'))).rejects.toThrow(IoError);
    await expect(readParquetFooter(t.path('x.parquet'))).rejects.toThrow('Cannot read parquet');
  });
});
