import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { ParquetSchema, ParquetWriter, type ParquetFieldDefinition } from 'parquetjs-lite';
import { createParquetWriter } from './create-parquet-writer';
import { testDir } from './testing-internal/test-dir';
import type { ColumnBatch, ColumnValues } from './column-batch';
import type { ParquetColumn, ParquetColumnType, ParquetRow } from './table-writer';

type Value = string | number | boolean | null;

const PRIMITIVE = { utf8: 'UTF8', int32: 'INT32', double: 'DOUBLE', boolean: 'BOOLEAN' } as const;

/**
 * Values of each type. Doubles leave out NaN (parquetjs-lite refuses it row by row) and -0 (row by row it
 * writes 0; the writer keeps -0 but in a row group's last row, as before: parquet-bytes.spec.ts pins that).
 */
const VALUES: Record<ParquetColumnType, fc.Arbitrary<Value>> = {
  utf8: fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
  int32: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  double: fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -3, max: 3 })).filter((v) => !Object.is(v, -0)),
  boolean: fc.boolean(),
};

const schemaArb = fc.uniqueArray(
  fc.record({
    name: fc.constantFrom('a', 'b', 'c', 'd', 'e', '7'),
    type: fc.constantFrom<ParquetColumnType>('utf8', 'int32', 'double', 'boolean'),
    optional: fc.boolean(),
  }),
  { minLength: 1, maxLength: 5, selector: (c) => c.name },
);

/** A schema, its rows (few distinct values, so that repeats and runs of nulls occur) and writer settings. */
const caseArb = schemaArb.chain((columns) =>
  fc.record({
    columns: fc.constant(columns as ParquetColumn[]),
    rows: fc.array(
      fc.tuple(
        ...columns.map((c) => {
          const value = fc.oneof(VALUES[c.type], fc.constantFrom(...sample(c.type)));
          return c.optional ? fc.option(value, { nil: null, freq: 3 }) : value;
        }),
      ),
      { maxLength: 80 },
    ),
    rowGroupSize: fc.integer({ min: 1, max: 30 }),
    compression: fc.constantFrom('snappy' as const, 'uncompressed' as const),
    batch: fc.boolean(),
  }),
);

function sample(type: ParquetColumnType): Value[] {
  return { utf8: ['', 'x', 'Zoë 東京 🚗'], int32: [0, 1, -1], double: [0, 0.5, 1e300], boolean: [true, false] }[type];
}

/** The rows as a column batch of each column's own type. */
function toBatch(columns: readonly ParquetColumn[], rows: Value[][]): ColumnBatch {
  const out: Record<string, ColumnValues> = {};
  columns.forEach((c, k) => {
    const nulls = Uint8Array.from(rows, (r) => (r[k] === null ? 1 : 0));
    const numbers = rows.map((r) => (r[k] === null ? 0 : Number(r[k])));
    if (c.type === 'utf8') out[c.name] = { type: 'utf8', values: rows.map((r) => r[k] as string | null) };
    else if (c.type === 'int32') out[c.name] = { type: 'int32', values: Int32Array.from(numbers), nulls };
    else if (c.type === 'double') out[c.name] = { type: 'double', values: Float64Array.from(numbers), nulls };
    else out[c.name] = { type: 'boolean', values: Uint8Array.from(numbers), nulls };
  });
  return { length: rows.length, columns: out };
}

/** What parquetjs-lite's own ParquetWriter writes, row by row (one page per row group). */
async function liteBytes(path: string, c: Case): Promise<Buffer> {
  const fields: Record<string, ParquetFieldDefinition> = {};
  for (const col of c.columns) {
    const compression = c.compression.toUpperCase();
    fields[col.name] = { type: PRIMITIVE[col.type], optional: Boolean(col.optional), encoding: 'PLAIN', compression };
  }
  const opts = { rowGroupSize: c.rowGroupSize, useDataPageV2: false, pageSize: 1e9 };
  const writer = await ParquetWriter.openFile(new ParquetSchema(fields), path, opts);
  for (const r of c.rows) {
    const row: Record<string, unknown> = {};
    c.columns.forEach((col, k) => {
      if (r[k] !== null) row[col.name] = r[k];
    });
    await writer.appendRow(row);
  }
  await writer.close();
  return readFileSync(path);
}

type Case = {
  columns: ParquetColumn[];
  rows: Value[][];
  rowGroupSize: number;
  compression: 'snappy' | 'uncompressed';
  batch: boolean;
};

describe('parquet bytes against parquetjs-lite', () => {
  let t: ReturnType<typeof testDir>;
  beforeAll(() => (t = testDir()));
  afterAll(() => t.remove());

  it('should write the bytes parquetjs-lite writes row by row, from rows or columns', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const { columns, rows, rowGroupSize, compression } = c;
        const w = createParquetWriter(t.path('ours.parquet'), columns, { rowGroupSize, compression });
        if (c.batch) await w.writeColumns(toBatch(columns, rows));
        else
          await w.writeMany(
            rows.map((r) => Object.fromEntries(columns.map((col, k) => [col.name, r[k]])) as ParquetRow),
          );
        await w.close();
        const expected = await liteBytes(t.path('lite.parquet'), c);
        expect(readFileSync(t.path('ours.parquet')).equals(expected)).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
