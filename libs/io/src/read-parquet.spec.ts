import { writeFileSync } from 'node:fs';
import { createParquetWriter } from './create-parquet-writer';
import { IoError } from './io-error';
import { readParquet } from './read-parquet';
import { testDir } from './testing-internal/test-dir';

const collect = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe(readParquet, () => {
  let t: ReturnType<typeof testDir>;
  beforeEach(() => (t = testDir()));
  afterEach(() => t.remove());

  it('should give every column of every row, nulls as null', async () => {
    const w = createParquetWriter(t.path('p.parquet'), [
      { name: 'id', type: 'utf8' },
      { name: 'f', type: 'double', optional: true },
      { name: 'b', type: 'boolean', optional: true },
    ]);
    await w.writeMany([
      { id: 'a', f: 0.5, b: false },
      { id: 'b', f: null, b: null },
      { id: 'c', f: -1, b: true },
    ]);
    await w.close();
    expect(await collect(readParquet(t.path('p.parquet')))).toEqual([
      { id: 'a', f: 0.5, b: false },
      { id: 'b', f: null, b: null },
      { id: 'c', f: -1, b: true },
    ]);
  });

  it.each([
    ['a missing file', null],
    ['a file that is not parquet', 'id,v\n1,2\n'],
  ])('should report %s as an IoError', async (_, content) => {
    const path = t.path('x.parquet');
    if (content !== null) writeFileSync(path, content);
    const error = await collect(readParquet(path)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IoError);
    expect(error).toMatchObject({ path, operation: 'read' });
    expect((error as Error).message).toMatch(/^Cannot read parquet .*x\.parquet: /);
  });
});
