import fc from 'fast-check';
import { hash64, hashLo, hashOut } from './internal/hash';
import { HyperLogLog } from './internal/hyper-log-log';
import { createPartProfiler, profileColumns, type ColumnProfilePart } from './profile-columns';

const columns = ['a', 'b', 'c'];
const rowsOf = (values: [string, string, string][]) => values.map(([a, b, c]) => ({ a, b, c }));
/** Values of three kinds: few distinct (with nulls), short strings, many distinct (past the 512 kept as strings). */
const rowValues = fc.tuple(fc.constantFrom('', 'x', 'y'), fc.string({ maxLength: 2 }), fc.nat(2000).map(String));

/** The part of `rows` by its definition, row by row: nulls, distinct hashes in first-seen order, sketches. */
function referencePart(names: readonly string[], rows: Record<string, string>[], sketchOnly: string[]) {
  const nulls = names.map(() => 0);
  const seen = names.map(() => new Set<string>());
  const hashes: number[][] = names.map(() => []);
  const sketches = names.map((name) => (sketchOnly.includes(name) ? new HyperLogLog() : null));
  for (const row of rows)
    names.forEach((name, c) => {
      const value = row[name];
      const sketch = sketches[c];
      if (value === undefined || value === '') nulls[c]++;
      else if (sketch) sketch.add(hashLo(value));
      else {
        hash64(value);
        const key = `${hashOut[0]}:${hashOut[1]}`;
        if (!seen[c].has(key)) hashes[c].push(hashOut[0], hashOut[1]);
        seen[c].add(key);
      }
    });
  const part: ColumnProfilePart = { rows: rows.length, nulls, hashes: hashes.map((h) => Uint32Array.from(h)) };
  if (sketchOnly.length > 0) part.sketches = sketches.map((s) => s?.registers ?? null);
  return part;
}

describe(createPartProfiler, () => {
  it('should give the part its definition gives, row by row, with missing columns and sketches (property)', () => {
    const names = ['a', 'b', 'c', 'd'];
    const row = fc.record(
      { a: fc.constantFrom('', 'x', 'y'), b: fc.string({ maxLength: 3 }), c: fc.nat(3000).map(String), d: fc.string() },
      { requiredKeys: ['a', 'c'] },
    );
    fc.assert(
      fc.property(fc.array(fc.array(row, { maxLength: 400 }), { maxLength: 4 }), fc.subarray(names), (batches, sk) => {
        const profiler = createPartProfiler(names, { sketchOnly: sk });
        for (const batch of batches) profiler.add(batch as Record<string, string>[]);
        expect(profiler.finish()).toEqual(referencePart(names, batches.flat() as Record<string, string>[], sk));
      }),
      { numRuns: 40 },
    );
  });

  it('should profile a batch of many thousand rows as its definition says', () => {
    const names = ['a', 'b'];
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ a: `${i % 5000}`, b: i % 7 ? `${i % 300}` : '' }));
    expect(profileColumns(names, rows)).toEqual(referencePart(names, rows, []));
    expect(profileColumns(names, rows, { sketchOnly: ['a'] })).toEqual(referencePart(names, rows, ['a']));
  });

  it('should give the part of all its batches, as profileColumns of the rows at once (property)', () => {
    fc.assert(
      fc.property(
        fc.array(rowValues, { maxLength: 1500 }),
        fc.array(fc.nat(1500), { maxLength: 6 }),
        fc.subarray(columns),
        (values, cuts, sketchOnly) => {
          const rows = rowsOf(values);
          const profiler = createPartProfiler(columns, { sketchOnly });
          const bounds = [0, ...cuts.map((c) => Math.min(c, rows.length)).sort((x, y) => x - y), rows.length];
          for (let i = 1; i < bounds.length; i++) profiler.add(rows.slice(bounds[i - 1], bounds[i]));
          expect(profiler.finish()).toEqual(profileColumns(columns, rows, { sketchOnly }));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('should profile several files at once, each batch by batch, as each alone', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ a: `v${i % 700}`, b: i % 3 ? '' : `${i}`, c: 'k' }));
    const profilers = [0, 1, 2].map(() => createPartProfiler(columns, { sketchOnly: ['b'] }));
    for (let from = 0; from < rows.length; from += 240)
      profilers.forEach((p, k) => p.add(rows.slice(from, from + 240).filter((_, i) => i % 3 === k)));
    const parts = profilers.map((p) => p.finish());
    parts.forEach((part, k) =>
      expect(part).toEqual(
        profileColumns(
          columns,
          rows.filter((_, i) => i % 3 === k),
          { sketchOnly: ['b'] },
        ),
      ),
    );
    expect(parts[0].hashes.map((h) => h.length / 2)).toEqual([700, 0, 1]);
  });

  it('should profile a lazy batch (read once) as its rows in an array, sketched columns too', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ a: `${i % 4}`, b: `${i}` }));
    function* lazy() {
      yield* rows;
    }
    const profiler = createPartProfiler(['a', 'b'], { sketchOnly: ['b'] });
    profiler.add(lazy());
    expect(profiler.finish()).toEqual(profileColumns(['a', 'b'], rows, { sketchOnly: ['b'] }));
  });

  it('should give its part once, and take no rows after it', () => {
    const profiler = createPartProfiler(['a']);
    profiler.add([{ a: 'x' }, { a: '' }]);
    expect(profiler.finish()).toMatchObject({ rows: 2, nulls: [1] });
    expect(() => profiler.add([{ a: 'y' }])).toThrow('finished');
    expect(() => profiler.finish()).toThrow('finished');
  });

  it('should take pre-hashed columns by their hashes, as if it read them (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(rowValues, { maxLength: 300 }), { maxLength: 4 }),
        fc.subarray(columns),
        fc.subarray(columns, { minLength: 1 }),
        (batches, sketchOnly, preHashed) => {
          const rows = rowsOf(batches.flat());
          const profiler = createPartProfiler(columns, { sketchOnly, preHashed });
          for (const batch of batches) profiler.add(rowsOf(batch));
          for (const name of preHashed) {
            const hashes: number[] = [];
            let nulls = 0;
            for (const row of rows) {
              const value = row[name as 'a'];
              if (value === '') nulls++;
              else {
                hash64(value);
                hashes.push(hashOut[0], hashOut[1]);
              }
            }
            profiler.addHashes(name, Uint32Array.from(hashes), nulls);
          }
          expect(profiler.finish()).toEqual(profileColumns(columns, rows, { sketchOnly }));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('should take hashes only for its pre-hashed columns', () => {
    const profiler = createPartProfiler(['a', 'b'], { preHashed: ['b'] });
    expect(() => profiler.addHashes('a', new Uint32Array(2), 0)).toThrow("column 'a' is not pre-hashed");
    expect(() => profiler.addHashes('z', new Uint32Array(2), 0)).toThrow("column 'z' is not pre-hashed");
  });

  it('should refuse a pre-hashed column it does not have, and rows whose pre-hashed column never came', () => {
    expect(() => createPartProfiler(['a'], { preHashed: ['id'] })).toThrow("pre-hashed column 'id' is not one of");
    const profiler = createPartProfiler(['id', 'a'], { preHashed: ['id'] });
    profiler.add([{ id: 'L1', a: 'x' }]);
    expect(() => profiler.finish()).toThrow("pre-hashed column 'id' was given no hashes");
    const empty = createPartProfiler(['id', 'a'], { preHashed: ['id'] });
    expect(empty.finish().rows).toBe(0);
  });
});
