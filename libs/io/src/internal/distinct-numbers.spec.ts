import fc from 'fast-check';
import { DistinctNumbers } from './distinct-numbers';

/** The figures as a `Set` of the present values, scanned in first-seen order, gives them. */
function reference(numbers: Float64Array, present: Uint8Array, n: number) {
  const distinct = new Set<number>();
  for (let i = 0; i < n; i++) if (present[i] === 1) distinct.add(numbers[i]);
  let max: number | undefined;
  let min: number | undefined;
  let first = true;
  for (const v of distinct) {
    if (first || v > (max as number)) max = v;
    if (first || v < (min as number)) min = v;
    first = false;
  }
  return { distinct: distinct.size, max, min };
}

describe(DistinctNumbers, () => {
  it('should count and bound the values as a Set scan does, page after page (property)', () => {
    const value = fc.oneof(
      fc.constantFrom(0, -0, NaN, 1, -1, 0.5, Infinity, -Infinity, 2 ** 31, 5e-324),
      fc.integer({ min: -50, max: 50 }),
      fc.double(),
    );
    const page = fc.array(fc.tuple(value, fc.boolean()), { maxLength: 300 });
    const table = new DistinctNumbers();
    fc.assert(
      fc.property(fc.array(page, { minLength: 1, maxLength: 4 }), (pages) => {
        for (const rows of pages) {
          const numbers = Float64Array.from(rows, ([v]) => v);
          const present = Uint8Array.from(rows, ([, p]) => (p ? 1 : 0));
          const n = rows.length;
          const got = table.scan(numbers, present, n);
          const want = reference(numbers, present, n);
          expect(got.distinct).toBe(want.distinct);
          expect(Object.is(got.max, want.max)).toBe(true);
          expect(Object.is(got.min, want.min)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('should count and bound runs of one value (a binary feature) as a Set scan does (property)', () => {
    const value = fc.constantFrom(0, -0, NaN, 1, 0.5, -Infinity);
    const run = fc.tuple(value, fc.integer({ min: 1, max: 5 }), fc.boolean());
    const table = new DistinctNumbers();
    fc.assert(
      fc.property(fc.array(run, { maxLength: 40 }), (runs) => {
        const rows = runs.flatMap(([v, times, p]) => Array.from({ length: times }, (_, k) => [v, p || k > 0] as const));
        const numbers = Float64Array.from(rows, ([v]) => v);
        const present = Uint8Array.from(rows, ([, p]) => (p ? 1 : 0));
        const got = table.scan(numbers, present, rows.length);
        const want = reference(numbers, present, rows.length);
        expect(got.distinct).toBe(want.distinct);
        expect(Object.is(got.max, want.max)).toBe(true);
        expect(Object.is(got.min, want.min)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('should count -0 as 0 and every NaN as one value, a NaN first keeping both extremes NaN', () => {
    const table = new DistinctNumbers();
    const all = (...v: number[]) => Uint8Array.from(v, () => 1);
    const a = Float64Array.of(-0, 0, 3, NaN, NaN, -2);
    expect(table.scan(a, all(...a), a.length)).toEqual({ distinct: 4, max: 3, min: -2 });
    expect(Object.is(table.scan(Float64Array.of(-0), all(0), 1).max, 0)).toBe(true);
    const b = Float64Array.of(NaN, 1, 2);
    expect(table.scan(b, all(...b), 3)).toEqual({ distinct: 3, max: NaN, min: NaN });
    expect(table.scan(b, Uint8Array.of(0, 0, 0), 3)).toEqual({ distinct: 0, max: undefined, min: undefined });
  });
});
