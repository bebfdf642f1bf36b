import fc from 'fast-check';
import type { ColumnBatch } from './column-batch';
import { CsvBytes } from './csv-bytes';
import { formatCsvColumns } from './format-csv-columns';
import { formatCsvRows } from './format-csv-rows';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const same = (bytes: Uint8Array, text: string) => expect(Buffer.from(bytes).equals(utf8(text))).toBe(true);

/** Values that take each path: plain ASCII, quoting, non-ASCII, lone surrogates, empty. */
const value = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.stringMatching(/^[A-Za-z0-9 .@()-]{0,12}$/),
  fc.constantFrom('', 'a,b', 'say "hi"', 'multi\nline', 'cr\r', 'Zoë', 'Côté', '\ud800', "O'Neil"),
);

describe(CsvBytes, () => {
  it('should hold the UTF-8 bytes of formatCsvRows, whatever the capacity (property)', () => {
    const columns = ['id', 'name', 'note'];
    const row = fc.record({ id: value, name: value, note: value }, { requiredKeys: ['id', 'name'] });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), fc.integer({ min: 1, max: 64 }), (rows, capacity) => {
        const out = new CsvBytes(capacity);
        for (const r of rows) out.addRow(columns, r);
        same(out.bytes(), formatCsvRows(columns, rows));
      }),
      { numRuns: 300 },
    );
  });

  it('should hold the UTF-8 bytes of formatCsvColumns for any slice of a batch (property)', () => {
    const columns = ['s', 'x', 'k', 'b', 'missing'];
    const rows = fc.array(
      fc.record({
        s: fc.option(value),
        x: fc.option(fc.double()),
        k: fc.option(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })),
        b: fc.option(fc.boolean()),
      }),
      { maxLength: 15 },
    );
    fc.assert(
      fc.property(rows, fc.nat(), fc.nat(), (list, a, b) => {
        const nulls = (key: 'x' | 'k' | 'b') => Uint8Array.from(list, (r) => (r[key] === null ? 1 : 0));
        const batch: ColumnBatch = {
          length: list.length,
          columns: {
            s: { type: 'utf8', values: list.map((r) => r.s) },
            x: { type: 'double', values: Float64Array.from(list, (r) => r.x ?? 0), nulls: nulls('x') },
            k: { type: 'int32', values: Int32Array.from(list, (r) => r.k ?? 0), nulls: nulls('k') },
            b: { type: 'boolean', values: Uint8Array.from(list, (r) => (r.b ? 1 : 0)), nulls: nulls('b') },
          },
        };
        const from = list.length === 0 ? 0 : a % list.length;
        const to = from + (list.length === 0 ? 0 : b % (list.length - from + 1));
        const out = new CsvBytes(8);
        out.addColumns(columns, batch, from, to);
        same(out.bytes(), formatCsvColumns(columns, batch, from, to));
      }),
      { numRuns: 300 },
    );
  });

  it('should write numbers of double and int32 columns as String does, digits and -0 included (property)', () => {
    const number = fc.oneof(
      fc.integer({ min: -12, max: 12 }),
      fc.constantFrom(-0, 0.5, 9.000000000000002, 10, 2 ** 31, 1e21, -1e-7, NaN, Infinity, -Infinity),
      fc.double(),
    );
    const rows = fc.array(fc.record({ x: fc.option(number), k: fc.integer({ min: -20, max: 20 }) }), { maxLength: 20 });
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 16 }), (list, capacity) => {
        const batch: ColumnBatch = {
          length: list.length,
          columns: {
            x: {
              type: 'double',
              values: Float64Array.from(list, (r) => r.x ?? 0),
              nulls: Uint8Array.from(list, (r) => (r.x === null ? 1 : 0)),
            },
            k: { type: 'int32', values: Int32Array.from(list, (r) => r.k) },
          },
        };
        const out = new CsvBytes(capacity);
        out.addColumns(['x', 'k'], batch);
        same(out.bytes(), formatCsvColumns(['x', 'k'], batch));
      }),
      { numRuns: 300 },
    );
  });

  it('should write digits, nulls, booleans and other numbers of a batch as String does', () => {
    const batch: ColumnBatch = {
      length: 4,
      columns: {
        x: { type: 'double', values: Float64Array.of(0, -0, 0.25, 12), nulls: Uint8Array.of(0, 0, 0, 1) },
        b: { type: 'boolean', values: Uint8Array.of(1, 0, 1, 0), nulls: Uint8Array.of(0, 0, 1, 0) },
        y: { type: 'int32', values: Int32Array.of(1, -3, 10, 9) },
      },
    };
    const out = new CsvBytes(1);
    out.addColumns(['x', 'b', 'y', 'missing'], batch);
    same(out.bytes(), '0,true,1,\n0,false,-3,\n0.25,,10,\n,false,9,\n');
  });

  it('should hold the UTF-8 bytes of the text appended, whatever its size (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 40 })),
        fc.integer({ min: 1, max: 64 }),
        (parts, capacity) => {
          const out = new CsvBytes(capacity);
          for (const part of parts) out.addText(part);
          same(out.bytes(), parts.join(''));
        },
      ),
    );
  });

  it('should append text as UTF-8 between lines', () => {
    const out = new CsvBytes(2);
    out.addText('id,name\n');
    out.addRow(['id', 'name'], { id: '1', name: 'Zoë' });
    out.addRow(['id', 'name'], { id: '2', name: 'a,b' });
    same(out.bytes(), 'id,name\n1,Zoë\n2,"a,b"\n');
    expect(out.byteLength).toBe(23);
  });

  it('should follow a columns array that the caller changes between rows', () => {
    const out = new CsvBytes();
    const columns = ['id', 'name'];
    out.addRow(columns, { id: '1', name: 'Ann', city: 'Laval' });
    columns[1] = 'city';
    out.addRow(columns, { id: '2', name: 'Bob', city: 'Lévis' });
    columns.push('name');
    out.addRow(columns, { id: '3', name: 'Cy', city: 'Québec' });
    same(out.bytes(), '1,Ann\n2,Lévis\n3,Québec,Cy\n');
  });

  it('should write a row of no columns as formatCsvRows does', () => {
    const out = new CsvBytes();
    out.addRow([], { id: '1' });
    same(out.bytes(), formatCsvRows([], [{ id: '1' }]));
  });

  it('should give a buffer of its own, exactly as long as the bytes', () => {
    const out = new CsvBytes();
    out.addRow(['a'], { a: 'x' });
    const bytes = out.bytes();
    expect(bytes.byteLength).toBe(2);
    expect(bytes.buffer.byteLength).toBe(2);
  });

  it('should view the bytes held without a copy, in the buffer that later rows go to', () => {
    const out = new CsvBytes(4);
    out.addRow(['id', 'name'], { id: '1', name: 'Ann' });
    const view = out.view();
    expect(new TextDecoder().decode(view)).toBe('1,Ann\n');
    // The very buffer the bytes are held in (a copy would be a new buffer of exactly 6 bytes each time).
    expect(out.view().buffer).toBe(view.buffer);
    expect(view.buffer.byteLength).toBeGreaterThan(view.byteLength);
    out.addRow(['id', 'name'], { id: '2', name: 'Zoë' });
    expect(out.view()).toEqual(out.bytes());
    expect(out.view().buffer).not.toBe(out.bytes().buffer);
  });
});
