import fc from 'fast-check';
import { cell, csvLine } from './csv-line';
import { rowWriter, type RowSink } from './row-writer';

/**
 * A sink over a byte buffer that records each field written by `addField` and its end byte, and the text of each
 * line committed whole.
 */
function recorder(): RowSink & { fields: [string, number][]; lines: string[] } {
  const fields: [string, number][] = [];
  const lines: string[] = [];
  const buffer = new Uint8Array(1 << 12);
  return {
    fields,
    lines,
    byteLength: 0,
    room: (bytes) => {
      expect(bytes).toBeLessThanOrEqual(buffer.length);
      return buffer;
    },
    commit: (end) => void lines.push(new TextDecoder().decode(buffer.subarray(0, end))),
    addField: (value, end) => void fields.push([value, end]),
  };
}

/** What the loop `for (c of columns) addField(cell(row, c), last ? LF : COMMA)` would write. */
const expected = (columns: readonly string[], row: Record<string, unknown>) =>
  columns.map((c, i): [string, number] => [cell(row, c), i === columns.length - 1 ? 10 : 44]);

/** The fields a sink was given, or those of the one line committed whole (plain values, split at the commas). */
const written = (sink: ReturnType<typeof recorder>): [string, number][] => {
  if (sink.lines.length === 0) return sink.fields;
  expect(sink.lines).toHaveLength(1);
  expect(sink.fields).toEqual([]);
  const values = sink.lines[0].slice(0, -1).split(',');
  return values.map((v, i) => [v, i === values.length - 1 ? 10 : 44]);
};

describe('rowWriter', () => {
  it('writes each column in order, the last ended by a line feed, missing and null cells empty', () => {
    const sink = recorder();
    const row = { b: '2', a: '1', n: null, u: undefined, x: 3 } as unknown as Record<string, string>;
    rowWriter(['a', 'b', 'missing', 'n', 'u', 'x'])(sink, row);
    expect(sink.lines).toEqual(['1,2,,,,3\n']);
    expect(written(sink)).toEqual([
      ['1', 44],
      ['2', 44],
      ['', 44],
      ['', 44],
      ['', 44],
      ['3', 10],
    ]);
  });

  it('is made once per list of column names, whatever array holds them', () => {
    const columns = ['id', 'name'];
    expect(rowWriter(columns)).toBe(rowWriter(columns));
    expect(rowWriter(['id', 'name'])).toBe(rowWriter(columns));
    expect(rowWriter(['id,name'])).not.toBe(rowWriter(columns));
    expect(rowWriter(['name', 'id'])).not.toBe(rowWriter(columns));
  });

  it('treats column names as data, never as code, __proto__ and constructor read as any property', () => {
    const names = ['a"b', "c'd", 'e\\f', 'g"] ; throw 1; ["', '1', 'constructor', '__proto__', '\u2028'];
    const row = Object.fromEntries(names.map((n) => [n, `${n}!`]));
    const sink = recorder();
    rowWriter(names)(sink, row);
    expect(written(sink)).toEqual(expected(names, row));
    const bare = recorder();
    rowWriter(['constructor', 'toString'])(bare, {});
    expect(written(bare)).toEqual(expected(['constructor', 'toString'], {}));
  });

  it('writes what the loop over the columns writes (property)', () => {
    const value = fc.oneof(fc.string(), fc.constant(undefined), fc.constant(null), fc.integer(), fc.boolean());
    const name = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('__proto__', 'constructor', 'id'));
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 6 }), fc.dictionary(name, value), (cols, row) => {
        const sink = recorder();
        rowWriter(cols)(sink, row as Record<string, string>);
        expect(written(sink)).toEqual(expected(cols, row));
      }),
      { numRuns: 300 },
    );
  });

  it('commits a row of plain ASCII values whole, and gives any other row field by field (property)', () => {
    const value = fc.oneof(fc.string({ unit: fc.constantFrom('a', '1', ' ', ',', '"', '\n', '\r', 'é', '\u007f') }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 6 }), (values) => {
        const cols = values.map((_, i) => `c${i}`);
        const row = Object.fromEntries(cols.map((c, i) => [c, values[i]]));
        const sink = recorder();
        rowWriter(cols)(sink, row);
        const plain = values.every((v) => [...v].every((u) => u.charCodeAt(0) < 0x80) && !/[,"\n\r]/.test(v));
        if (plain) expect(sink.lines).toEqual([csvLine(values)]);
        else {
          expect(sink.lines).toEqual([]);
          expect(sink.fields).toEqual(expected(cols, row));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('writes the same fields by a loop when code generation from strings is disallowed', () => {
    const spy = jest.spyOn(globalThis, 'Function').mockImplementation(() => {
      throw new EvalError('Code generation from strings disallowed for this context');
    });
    try {
      const write = rowWriter(['id', 'city', 'none']);
      expect(spy).toHaveBeenCalled();
      const sink = recorder();
      write(sink, { id: 'L1', city: 'Côté, QC' });
      expect(sink.fields).toEqual([
        ['L1', 44],
        ['Côté, QC', 44],
        ['', 10],
      ]);
    } finally {
      spy.mockRestore();
    }
  });

  it('needs at least one column', () => {
    expect(() => rowWriter([])).toThrow(RangeError);
  });
});
