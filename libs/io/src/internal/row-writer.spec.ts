import fc from 'fast-check';
import { cell } from './csv-line';
import { rowWriter, type FieldSink } from './row-writer';

/** A sink that records each field and its end byte. */
function recorder(): FieldSink & { fields: [string, number][] } {
  const fields: [string, number][] = [];
  return { fields, addField: (value, end) => void fields.push([value, end]) };
}

/** What the loop `for (c of columns) addField(cell(row, c), last ? LF : COMMA)` would write. */
const expected = (columns: readonly string[], row: Record<string, unknown>) =>
  columns.map((c, i): [string, number] => [cell(row, c), i === columns.length - 1 ? 10 : 44]);

describe('rowWriter', () => {
  it('writes each column in order, the last ended by a line feed, missing and null cells empty', () => {
    const sink = recorder();
    const row = { b: '2', a: '1', n: null, u: undefined, x: 3 } as unknown as Record<string, string>;
    rowWriter(['a', 'b', 'missing', 'n', 'u', 'x'])(sink, row);
    expect(sink.fields).toEqual([
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
    expect(sink.fields).toEqual(expected(names, row));
    const bare = recorder();
    rowWriter(['constructor', 'toString'])(bare, {});
    expect(bare.fields).toEqual(expected(['constructor', 'toString'], {}));
  });

  it('writes what the loop over the columns writes (property)', () => {
    const value = fc.oneof(fc.string(), fc.constant(undefined), fc.constant(null), fc.integer(), fc.boolean());
    const name = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('__proto__', 'constructor', 'id'));
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 6 }), fc.dictionary(name, value), (cols, row) => {
        const sink = recorder();
        rowWriter(cols)(sink, row as Record<string, string>);
        expect(sink.fields).toEqual(expected(cols, row));
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
