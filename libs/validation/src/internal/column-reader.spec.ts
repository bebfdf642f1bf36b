import fc from 'fast-check';
import { columnReader, forEachChunk, READ_CHUNK_ROWS } from './column-reader';

/** The columns of `rows` read by a keyed load per value. */
const keyed = (names: readonly string[], rows: readonly Record<string, string>[]) =>
  names.map((name) => rows.map((row) => row[name]));

describe(columnReader, () => {
  it('should read each column of a batch, missing values undefined, as keyed loads would (property)', () => {
    const name = fc.constantFrom('id', 'email', 'a"b', "it's", 'x\\ny', 'constructor', '');
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { maxLength: 5 }),
        fc.array(fc.dictionary(name, fc.string({ maxLength: 3 })), { maxLength: 20 }),
        (names, rows) => expect(columnReader(names)(rows)).toEqual(keyed(names, rows)),
      ),
      { numRuns: 60 },
    );
  });

  it('should give one reader per column list, and columns for an empty batch', () => {
    expect(columnReader(['a', 'b'])).toBe(columnReader(['a', 'b']));
    expect(columnReader(['a', 'b'])([])).toEqual([[], []]);
    expect(columnReader([])([{ a: 'x' }])).toEqual([]);
  });

  it('should read the same columns by a loop where code generation is disallowed', () => {
    const original = globalThis.Function;
    let refused = 0;
    globalThis.Function = function () {
      refused++;
      throw new EvalError('Code generation from strings disallowed for this context');
    } as unknown as FunctionConstructor;
    try {
      const rows: Record<string, string>[] = [{ p: '1', q: 'x' }, { p: '2' }];
      expect(columnReader(['q', 'p', 'no-such-column'])(rows)).toEqual([
        ['x', undefined],
        ['1', '2'],
        [undefined, undefined],
      ]);
      expect(refused).toBe(1);
    } finally {
      globalThis.Function = original;
    }
  });
});

describe(forEachChunk, () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ i: String(i) }));

  it('should hand a short array over as it is', () => {
    const batch = rows(3);
    const chunks: unknown[] = [];
    forEachChunk(batch, (chunk) => chunks.push(chunk));
    expect(chunks).toEqual([batch]);
    expect(chunks[0]).toBe(batch);
  });

  it('should cut a long array or a lazy iterable (read once) into chunks, in order', () => {
    const all = rows(2 * READ_CHUNK_ROWS + 5);
    function* lazy() {
      yield* all;
    }
    for (const source of [all, lazy()]) {
      const sizes: number[] = [];
      const seen: Record<string, string>[] = [];
      forEachChunk(source, (chunk) => {
        sizes.push(chunk.length);
        seen.push(...chunk);
      });
      expect(sizes).toEqual([READ_CHUNK_ROWS, READ_CHUNK_ROWS, 5]);
      expect(seen).toEqual(all);
    }
  });
});
