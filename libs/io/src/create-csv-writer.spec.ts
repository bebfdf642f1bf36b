import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { createCsvWriter } from './create-csv-writer';
import { IoError } from './io-error';
import { readCsv } from './read-csv';
import { testDir } from './testing-internal/test-dir';

const collect = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe(createCsvWriter, () => {
  let t: ReturnType<typeof testDir>;
  beforeEach(() => (t = testDir()));
  afterEach(() => t.remove());

  it('should write a header, quote awkward values as RFC 4180 says and use \\n line endings', async () => {
    const w = createCsvWriter(t.path('a.csv'), ['id', 'v']);
    await w.write({ id: '1', v: 'plain' });
    await w.write({ id: '2', v: 'a, b' });
    await w.write({ id: '3', v: 'say "hi"' });
    await w.write({ id: '4', v: 'two\nlines' });
    await w.write({ id: '5', v: '' });
    await w.write({ id: '6' } as Record<string, string>);
    await w.close();
    expect(readFileSync(t.path('a.csv'), 'utf8')).toBe(
      'id,v\n1,plain\n2,"a, b"\n3,"say ""hi"""\n4,"two\nlines"\n5,\n6,\n',
    );
    expect(w.rows).toBe(6);
  });

  it.each([
    ['commas', 'Smith, Jones & Co'],
    ['quotes', '"Bob" O\'Neil'],
    ['newlines', 'Suite 5\r\nBuilding B'],
    ['a lone carriage return', 'a\rb'],
    ['unicode', 'Zoë Øster 東京 🚗'],
    ['an empty string', ''],
    ['spaces', '  padded  '],
  ])('should read back %s unchanged', async (_, value) => {
    const w = createCsvWriter(t.path('r.csv'), ['id', 'value', 'z']);
    await w.write({ id: 'x', value, z: value });
    await w.close();
    expect(await collect(readCsv(t.path('r.csv')))).toEqual([{ id: 'x', value, z: value }]);
  });

  // 60 files written and read back: 8-12 s on two loaded cores; a generous timeout (no timing is asserted).
  it('should produce exactly what csv-stringify produces, and read back every row (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.string({ unit: 'binary' }), fc.string(), fc.constantFrom('', ',', '"', '\n', 'a\r\nb')), {
          maxLength: 20,
        }),
        async (tuples) => {
          const path = t.path('p.csv');
          const w = createCsvWriter(path, ['a', 'b', 'c']);
          await w.writeMany(tuples.map(([a, b, c]) => ({ a, b, c })));
          await w.close();
          expect(readFileSync(path, 'utf8')).toBe(stringify([['a', 'b', 'c'], ...tuples]));
          const back = await collect(readCsv(path));
          expect(back).toEqual(tuples.map(([a, b, c]) => ({ a, b, c })));
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('should write nothing at the final path until close, and only the temporary meanwhile', async () => {
    const w = createCsvWriter(t.path('b.csv'), ['id']);
    await w.write({ id: '1' });
    expect(t.list()).toEqual([`b.csv.tmp-${process.pid}`]);
    expect(w.tempPath).toBe(`${t.path('b.csv')}.tmp-${process.pid}`);
    await w.close();
    expect(t.list()).toEqual(['b.csv']);
  });

  it('should leave no file and no temporary after abort', async () => {
    const w = createCsvWriter(t.path('c.csv'), ['id']);
    for (let i = 0; i < 50_000; i++) await w.write({ id: String(i) });
    await w.abort();
    await w.abort();
    expect(t.list()).toEqual([]);
  });

  it('should leave an existing good file untouched when a new write is aborted', async () => {
    writeFileSync(t.path('good.csv'), 'id\nkeep\n');
    const w = createCsvWriter(t.path('good.csv'), ['id']);
    await w.writeMany([{ id: 'new' }, { id: 'rows' }]);
    await w.abort();
    expect(readFileSync(t.path('good.csv'), 'utf8')).toBe('id\nkeep\n');
    expect(t.list()).toEqual(['good.csv']);
  });

  it('should replace an existing file on close', async () => {
    writeFileSync(t.path('old.csv'), 'id\nold\n');
    const w = createCsvWriter(t.path('old.csv'), ['id']);
    await w.write({ id: 'new' });
    await w.close();
    expect(readFileSync(t.path('old.csv'), 'utf8')).toBe('id\nnew\n');
  });

  // 200,000 and 100,000 rows through a file stream: 0.4-3.3 s on two loaded cores; a generous timeout (no timing is
  // asserted).
  it('should stream many rows with backpressure and keep every one', async () => {
    const w = createCsvWriter(t.path('big.csv'), ['id', 'name']);
    let waited = 0;
    for (let i = 0; i < 200_000; i++) {
      const wait = w.write({ id: String(i), name: `name number ${i}` });
      if (wait) {
        waited++;
        await wait;
      }
    }
    await w.close();
    expect(waited).toBeGreaterThan(0);
    const text = readFileSync(t.path('big.csv'), 'utf8');
    expect(text.split('\n')).toHaveLength(200_002);
    expect(text.endsWith('199999,name number 199999\n')).toBe(true);
  }, 30_000);

  it('should share one wait for drain among writes that are not awaited', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    try {
      const w = createCsvWriter(t.path('eager.csv'), ['id', 'name']);
      const waits = new Set<Promise<void>>();
      for (let i = 0; i < 100_000; i++) {
        const wait = w.write({ id: String(i), name: `name number ${i}` });
        if (wait) waits.add(wait);
      }
      await w.close();
      await new Promise((resolve) => setImmediate(resolve));
      expect(waits.size).toBe(1);
      expect(warnings).toEqual([]);
      expect(readFileSync(t.path('eager.csv'), 'utf8').split('\n')).toHaveLength(100_002);
    } finally {
      process.off('warning', onWarning);
    }
  }, 30_000);

  it('should create missing parent folders', async () => {
    const w = createCsvWriter(t.path('x/y/z.csv'), ['id']);
    await w.close();
    expect(readFileSync(t.path('x/y/z.csv'), 'utf8')).toBe('id\n');
  });

  it.each([
    [[], 'No columns given for'],
    [['id', 'id'], "Duplicate column 'id' for"],
    [['id', ''], 'Empty column name for'],
  ])('should refuse the columns %j', (columns, message) => {
    expect(() => createCsvWriter(t.path('bad.csv'), columns)).toThrow(message);
    expect(t.list()).toEqual([]);
  });

  it('should refuse writes after close with an IoError naming the file', async () => {
    const w = createCsvWriter(t.path('d.csv'), ['id']);
    await w.close();
    let error: unknown;
    try {
      w.write({ id: 'late' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IoError);
    await expect(w.close()).rejects.toThrow(IoError);
    expect(error).toMatchObject({ path: t.path('d.csv'), operation: 'write' });
    expect((error as Error).message).toBe(`Writer for ${t.path('d.csv')} is closed`);
  });

  it('should report an unwritable location as an IoError on open', () => {
    writeFileSync(t.path('file'), '');
    const open = () => createCsvWriter(t.path('file/sub.csv'), ['id']);
    expect(open).toThrow(IoError);
    expect(open).toThrow(/^Cannot create /);
    expect(existsSync(t.path('file/sub.csv'))).toBe(false);
  });
});
