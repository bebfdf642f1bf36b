import { writeFileSync } from 'node:fs';
import { IoError } from './io-error';
import { readCsv } from './read-csv';
import { readCsvHeader } from './read-csv-header';
import { readCsvRecords } from './read-csv-records';
import { testDir } from './testing-internal/test-dir';

const collect = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe(readCsvRecords, () => {
  let t: ReturnType<typeof testDir>;
  beforeEach(() => (t = testDir()));
  afterEach(() => t.remove());

  it('should give each record with the line it ends on (header = line 1)', async () => {
    writeFileSync(t.path('a.csv'), 'id,v\n1,x\n2,"multi\nline"\n3,\n');
    expect(await collect(readCsvRecords(t.path('a.csv')))).toEqual([
      { row: { id: '1', v: 'x' }, line: 2 },
      { row: { id: '2', v: 'multi\nline' }, line: 4 },
      { row: { id: '3', v: '' }, line: 5 },
    ]);
  });

  it('should strip a byte order mark from the header', async () => {
    writeFileSync(t.path('bom.csv'), '\ufeffid,v\n1,x\n');
    expect(await collect(readCsv(t.path('bom.csv')))).toEqual([{ id: '1', v: 'x' }]);
    expect(await readCsvHeader(t.path('bom.csv'))).toEqual(['id', 'v']);
  });

  it('should report a ragged row as an IoError naming the file and line', async () => {
    writeFileSync(t.path('bad.csv'), 'id,v\n1,x\n2,y,z\n');
    const error = await collect(readCsv(t.path('bad.csv'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IoError);
    expect(error).toMatchObject({ path: t.path('bad.csv'), operation: 'read' });
    expect((error as Error).message).toContain(`Cannot read CSV ${t.path('bad.csv')}: `);
    expect((error as Error).message).toContain('line 3');
  });

  it('should report a missing file as an IoError', async () => {
    await expect(collect(readCsv(t.path('none.csv')))).rejects.toThrow(/^Cannot read CSV .*none\.csv: ENOENT/);
  });
});

describe(readCsvHeader, () => {
  let t: ReturnType<typeof testDir>;
  beforeEach(() => (t = testDir()));
  afterEach(() => t.remove());

  it.each([
    ['a normal file', 'id,email,"a, b"\n1,x,y\n', ['id', 'email', 'a, b']],
    ['a header-only file', 'id,email\n', ['id', 'email']],
    ['an empty file', '', []],
  ])('should read the header of %s', async (_, text, header) => {
    writeFileSync(t.path('h.csv'), text);
    expect(await readCsvHeader(t.path('h.csv'))).toEqual(header);
  });

  it('should read only the start of a big file', async () => {
    writeFileSync(t.path('big.csv'), 'a,b\n' + '1,2\n'.repeat(500_000) + '3,4,5,6\n');
    expect(await readCsvHeader(t.path('big.csv'))).toEqual(['a', 'b']);
  });

  it('should report a missing file as an IoError', async () => {
    await expect(readCsvHeader(t.path('none.csv'))).rejects.toThrow(IoError);
  });
});
