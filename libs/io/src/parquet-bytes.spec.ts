import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createParquetWriter } from './create-parquet-writer';
import { testDir } from './testing-internal/test-dir';
import { MIXED_COLUMNS } from './testing-internal/mixed-columns';
import type { ColumnBatch } from './column-batch';

const columns = MIXED_COLUMNS;

/** 12,000 rows with nulls, repeats, -0, non-ASCII text and every type. */
const rows = Array.from({ length: 12_000 }, (_, i) => ({
  id_a: `L${i}`,
  note: i % 4 === 0 ? null : ['a, "b"', 'Zoë 東京 🚗', '', 'line\nbreak'][i % 4],
  y: i % 2,
  rank: i % 3 === 0 ? null : i - 1500,
  score: i % 5 === 0 ? null : i % 11 === 0 ? -0 : i / 7,
  flag: i % 3 === 1,
  maybe: i % 7 === 0 ? null : i % 2 === 0,
}));

/** The rows as one column batch: typed arrays with null masks, strings with nulls. */
function asBatch(): ColumnBatch {
  const n = rows.length;
  const typed = <A extends Int32Array | Float64Array | Uint8Array>(
    make: (n: number) => A,
    key: keyof (typeof rows)[0],
  ) => {
    const values = make(n);
    const nulls = new Uint8Array(n);
    rows.forEach((r, i) => {
      const v = r[key];
      if (v === null) nulls[i] = 1;
      else values[i] = Number(v);
    });
    return { values, nulls };
  };
  return {
    length: n,
    columns: {
      id_a: { type: 'utf8', values: rows.map((r) => r.id_a) },
      note: { type: 'utf8', values: rows.map((r) => r.note) },
      y: { type: 'int32', values: Int32Array.from(rows, (r) => r.y) },
      rank: { type: 'int32', ...typed((k) => new Int32Array(k), 'rank') },
      score: { type: 'double', ...typed((k) => new Float64Array(k), 'score') },
      flag: { type: 'boolean', values: Uint8Array.from(rows, (r) => (r.flag ? 1 : 0)) },
      maybe: { type: 'boolean', ...typed((k) => new Uint8Array(k), 'maybe') },
    },
  };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

// The writer encodes its pages itself as parquetjs-lite 0.8.7 does (see internal/encode-page.ts): these hashes are
// those of the files parquetjs-lite wrote before, so any change in that encoding shows up as a byte change.
describe('parquet bytes', () => {
  let t: ReturnType<typeof testDir>;
  beforeEach(() => (t = testDir()));
  afterEach(() => t.remove());

  // 12,000 rows written twice per case: 0.2-1.5 s on two loaded cores; a generous timeout (no timing is asserted).
  it.each([
    [10_000, 'snappy' as const, 'cd4df6643706123b54647d26d226cee4dea9627378ba3574098b561c14b245a3'],
    [700, 'snappy' as const, '6c5feb4cc8e73dec2d28e95edffb1ffc480cc0c141829a8b9615a9045aebd483'],
    [9_000, 'uncompressed' as const, '20cb7527d36285ac96575453c4de8327fb1dcf5b9e1417d4937f16a34214a46c'],
  ])(
    'should write the known bytes (row groups of %i, %s), from rows or columns',
    async (size, compression, hash) => {
      const path = t.path('rows.parquet');
      const w = createParquetWriter(path, columns, { rowGroupSize: size, compression });
      await w.writeMany(rows);
      await w.close();
      expect(sha256(path)).toBe(hash);
      // The same rows column by column, in uneven batches that cut across row groups.
      const batch = asBatch();
      const c = createParquetWriter(t.path('columns.parquet'), columns, { rowGroupSize: size, compression });
      for (let from = 0; from < rows.length; from += 1_234) {
        await c.writeColumns(
          batch,
          Array.from({ length: Math.min(1_234, rows.length - from) }, (_, k) => from + k),
        );
      }
      await c.close();
      expect(c.rows).toBe(rows.length);
      expect(sha256(t.path('columns.parquet'))).toBe(hash);
    },
    30_000,
  );

  it('should write the rows a row index list picks, in its order, as if written one by one', async () => {
    const pick = [5, 3, 3, 11_999, 0, 42];
    const a = createParquetWriter(t.path('a.parquet'), columns, { rowGroupSize: 4 });
    for (const i of pick) await a.write(rows[i]);
    await a.close();
    const b = createParquetWriter(t.path('b.parquet'), columns, { rowGroupSize: 4 });
    await b.writeColumns(asBatch(), pick);
    await b.close();
    expect(sha256(t.path('b.parquet'))).toBe(sha256(t.path('a.parquet')));
  });

  it('should convert batch columns of another type as write converts row values', async () => {
    const batch: ColumnBatch = {
      length: 2,
      columns: {
        id_a: { type: 'int32', values: Int32Array.of(7, 8) },
        y: { type: 'double', values: Float64Array.of(1, 0) },
        score: { type: 'int32', values: Int32Array.of(3, 0), nulls: Uint8Array.of(0, 1) },
        flag: { type: 'utf8', values: ['true', '0'] },
        maybe: { type: 'utf8', values: [null, 'false'] },
      },
    };
    const c = createParquetWriter(t.path('c.parquet'), columns);
    await c.writeColumns(batch);
    await c.close();
    const r = createParquetWriter(t.path('r.parquet'), columns);
    await r.writeMany([
      { id_a: 7, y: 1, score: 3, flag: 'true', maybe: null },
      { id_a: 8, y: 0, score: null, flag: '0', maybe: 'false' },
    ]);
    await r.close();
    expect(sha256(t.path('c.parquet'))).toBe(sha256(t.path('r.parquet')));
  });

  it('should refuse a null in a required column, naming it, and keep the rows before it whole', async () => {
    const batch = asBatch();
    const broken = {
      ...batch,
      columns: { ...batch.columns, y: { ...batch.columns['y'], nulls: Uint8Array.of(0, 1) } },
    };
    const path = t.path('partial.parquet');
    const w = createParquetWriter(path, columns);
    expect(() => w.writeColumns(broken as ColumnBatch, [0, 1, 2])).toThrow(
      `Column 'y' of ${path} is required but the row has no value`,
    );
    expect(w.rows).toBe(1);
    await w.close();
    const one = createParquetWriter(t.path('one.parquet'), columns);
    await one.write(rows[0]);
    await one.close();
    expect(sha256(path)).toBe(sha256(t.path('one.parquet')));
  });

  it('should refuse a null in a required column, naming it, and keep no part of the row', async () => {
    const path = t.path('bad.parquet');
    const w = createParquetWriter(path, columns);
    const batch: ColumnBatch = { length: 1, columns: { id_a: { type: 'utf8', values: ['x'] } } };
    expect(() => w.writeColumns(batch)).toThrow(`Column 'y' of ${path} is required but the row has no value`);
    expect(w.rows).toBe(0);
    await w.close();
  });
});
