import fc from 'fast-check';
import { createColumnProfiler, DEFAULT_EXACT_DISTINCT_CAP } from './create-column-profiler';
import { hashLo } from './internal/hash';
import { HyperLogLog } from './internal/hyper-log-log';
import { profileFigures } from './profile-figures';
import { profileColumns } from './profile-columns';

describe(createColumnProfiler, () => {
  it('should count nulls, distinct values and shares per column', () => {
    const p = createColumnProfiler(['id', 'email', 'country']);
    const rows: Record<string, string>[] = [
      { id: 'L1', email: 'a@x.com', country: 'US' },
      { id: 'L2', email: '', country: 'US' },
      { id: 'L3', email: 'a@x.com', country: 'CA' },
      { id: 'L4', country: 'US' },
    ];
    rows.forEach((r) => p.add(r));
    expect(p.finish()).toEqual({
      id: { rows: 4, nulls: 0, nullShare: 0, distinct: 4, uniqueShare: 1, exact: true },
      email: { rows: 4, nulls: 2, nullShare: 0.5, distinct: 1, uniqueShare: 0.5, exact: true },
      country: { rows: 4, nulls: 0, nullShare: 0, distinct: 2, uniqueShare: 0.5, exact: true },
    });
  });

  it('should give zero shares without rows or values', () => {
    const p = createColumnProfiler(['a']);
    expect(p.finish().a).toEqual({ rows: 0, nulls: 0, nullShare: 0, distinct: 0, uniqueShare: 0, exact: true });
    p.add({ a: '' });
    expect(p.finish().a).toEqual({ rows: 1, nulls: 1, nullShare: 1, distinct: 0, uniqueShare: 0, exact: true });
  });

  it('should count distinct values exactly below the cap (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 200 }), (values) => {
        const p = createColumnProfiler(['v']);
        values.forEach((v) => p.add({ v }));
        const present = values.filter((v) => v !== '');
        expect(p.finish().v).toMatchObject({
          nulls: values.length - present.length,
          distinct: new Set(present).size,
          exact: true,
        });
      }),
    );
  });

  it.each([
    [50_000, 50_000],
    [120_000, 30_000],
  ])('should estimate %i values with %i distinct within 3 %% once over the cap', (total, distinct) => {
    const p = createColumnProfiler(['v'], { exactCap: 1_000 });
    for (let i = 0; i < total; i++) p.add({ v: `value-${i % distinct}@example.com` });
    const profile = p.finish().v;
    expect(profile.exact).toBe(false);
    expect(Math.abs(profile.distinct - distinct) / distinct).toBeLessThan(0.03);
    expect(profile.uniqueShare).toBeCloseTo(profile.distinct / total, 10);
  });

  it('should estimate past the cap exactly as a sketch of every value added from the start', () => {
    const p = createColumnProfiler(['v'], { exactCap: 3_000 });
    const sketch = new HyperLogLog();
    for (let i = 0; i < 20_000; i++) {
      const v = `v${(i * 7919) % 9_000}`;
      p.add({ v });
      sketch.add(hashLo(v));
    }
    expect(p.finish().v).toMatchObject({ exact: false, distinct: Math.round(sketch.estimate()) });
  });

  it('should default to an exact cap of 200,000 and refuse a bad cap', () => {
    expect(DEFAULT_EXACT_DISTINCT_CAP).toBe(200_000);
    expect(() => createColumnProfiler(['v'], { exactCap: -1 })).toThrow('exactCap must be an integer >= 0, got -1');
  });
});

describe(profileFigures, () => {
  it('should split profiles into the summary sections', () => {
    const p = createColumnProfiler(['id', 'email']);
    p.add({ id: 'L1', email: '' });
    p.add({ id: 'L2', email: 'a@x.com' });
    expect(profileFigures(p.finish())).toEqual({
      nulls: { id: { count: 0, share: 0 }, email: { count: 1, share: 0.5 } },
      uniqueness: {
        id: { distinct: 2, uniqueShare: 1, exact: true },
        email: { distinct: 1, uniqueShare: 1, exact: true },
      },
    });
  });
});

describe('createColumnProfiler parts', () => {
  const rowsOf = (values: string[][]) => values.map(([a, b]) => ({ a, b }));

  it('should give exactly the figures of adding every row, however the rows are split (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('', 'x', 'y', 'z', 'w'), fc.string({ maxLength: 3 })), { maxLength: 200 }),
        fc.array(fc.nat(200), { maxLength: 4 }),
        fc.constantFrom(0, 3, 1000),
        (values, cuts, exactCap) => {
          const rows = rowsOf(values);
          const whole = createColumnProfiler(['a', 'b'], { exactCap });
          rows.forEach((r) => whole.add(r));
          const merged = createColumnProfiler(['a', 'b'], { exactCap });
          const bounds = [0, ...cuts.map((c) => Math.min(c, rows.length)).sort((x, y) => x - y), rows.length];
          for (let i = 1; i < bounds.length; i++)
            merged.addPart(structuredClone(profileColumns(['a', 'b'], rows.slice(bounds[i - 1], bounds[i]))));
          expect(merged.finish()).toEqual(whole.finish());
        },
      ),
      { numRuns: 50 },
    );
  });

  it('should count a part of many distinct values exactly, repeats and nulls among them', () => {
    // More distinct values than a part remembers as strings (512), each repeated, in two parts of three columns.
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      a: `v${i % 1500}`,
      b: i % 7 === 0 ? '' : String(i % 3),
      c: `${i}`,
    }));
    const whole = createColumnProfiler(['a', 'b', 'c'], { exactCap: 2000 });
    rows.forEach((r) => whole.add(r));
    const merged = createColumnProfiler(['a', 'b', 'c'], { exactCap: 2000 });
    merged.addPart(profileColumns(['a', 'b', 'c'], rows.slice(0, 1700)));
    merged.addPart(profileColumns(['c', 'b', 'a'].reverse(), rows.slice(1700)));
    expect(merged.finish()).toEqual(whole.finish());
    expect(whole.finish().a).toMatchObject({ distinct: 1500, exact: true });
    expect(whole.finish().c).toMatchObject({ exact: false });
  });

  it('should profile correctly when called again from inside the rows it is reading (re-entrant)', () => {
    const rows = Array.from({ length: 600 }, (_, i) => ({ a: `x${i % 300}`, b: `${i}` }));
    const inner: ReturnType<typeof profileColumns>[] = [];
    function* lazy() {
      for (const [i, row] of rows.entries()) {
        if (i === 200) inner.push(profileColumns(['b', 'a'], rows.slice(0, 50)));
        yield row;
      }
    }
    const outer = profileColumns(['a', 'b'], lazy());
    const direct = profileColumns(['a', 'b'], rows);
    expect(outer).toEqual(direct);
    expect(inner[0]).toEqual(profileColumns(['b', 'a'], rows.slice(0, 50)));
    expect(direct.hashes.map((h) => h.length / 2)).toEqual([300, 600]);
  });

  it('should refuse a part of other columns', () => {
    const p = createColumnProfiler(['a', 'b']);
    expect(() => p.addPart(profileColumns(['a'], []))).toThrow('a profile part has 1 columns, not 2');
  });
});

describe('createColumnProfiler parts by sketch', () => {
  const columns = ['a', 'b', 'c'];
  const rowsOf = (values: [string, string, string][]) => values.map(([a, b, c]) => ({ a, b, c }));

  it('should give the same figures whenever a part leaves out the hashes of the sketched columns (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 3 }), fc.constantFrom('', 'x', 'y'), fc.nat(500).map(String)), {
          maxLength: 300,
        }),
        fc.array(fc.nat(300), { maxLength: 6 }),
        fc.constantFrom(0, 5, 40, 1000),
        // Per part: which of the already sketched columns it is told of (a hint may come late, or not at all).
        fc.array(fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), { minLength: 7, maxLength: 7 }),
        (values, cuts, exactCap, told) => {
          const rows = rowsOf(values);
          const whole = createColumnProfiler(columns, { exactCap });
          rows.forEach((r) => whole.add(r));
          const plain = createColumnProfiler(columns, { exactCap });
          const hinted = createColumnProfiler(columns, { exactCap });
          const bounds = [0, ...cuts.map((c) => Math.min(c, rows.length)).sort((x, y) => x - y), rows.length];
          for (let i = 1; i < bounds.length; i++) {
            const part = rows.slice(bounds[i - 1], bounds[i]);
            plain.addPart(profileColumns(columns, part));
            const sketchOnly = hinted.sketchedColumns().filter((name) => told[i - 1][columns.indexOf(name)]);
            hinted.addPart(structuredClone(profileColumns(columns, part, { sketchOnly })));
          }
          expect(hinted.finish()).toEqual(whole.finish());
          expect(plain.finish()).toEqual(whole.finish());
          expect(hinted.sketchedColumns()).toEqual(whole.sketchedColumns());
        },
      ),
      { numRuns: 100 },
    );
  });

  it('should name the columns past the cap, for good', () => {
    const p = createColumnProfiler(['id', 'country'], { exactCap: 2 });
    expect(p.sketchedColumns()).toEqual([]);
    p.addPart(profileColumns(['id', 'country'], [{ id: '1' }, { id: '2' }, { id: '3', country: 'US' }]));
    expect(p.sketchedColumns()).toEqual(['id']);
    p.add({ id: '1', country: 'CA' });
    expect(p.sketchedColumns()).toEqual(['id']);
    expect(p.finish()).toMatchObject({ id: { exact: false, distinct: 3 }, country: { exact: true, distinct: 2 } });
  });

  it('should profile a sketch-only column into a sketch, not hashes', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({ a: `v${i % 700}`, b: i % 2 ? '' : `${i}` }));
    const part = profileColumns(['a', 'b'], rows, { sketchOnly: ['b'] });
    expect(part.hashes[0]).toHaveLength(1400);
    expect(part.hashes[1]).toHaveLength(0);
    expect(part.sketches?.[0]).toBeNull();
    expect(part.sketches?.[1]).toHaveLength(16_384);
    expect(part.nulls).toEqual([0, 1000]);
    expect(profileColumns(['a', 'b'], rows).sketches).toBeUndefined();
  });

  it('should count a column by estimate once a part brings a sketch of it', () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({ a: `v${i}` }));
    const p = createColumnProfiler(['a']);
    p.addPart(profileColumns(['a'], rows.slice(0, 100)));
    p.addPart(profileColumns(['a'], rows.slice(100), { sketchOnly: ['a'] }));
    expect(p.sketchedColumns()).toEqual(['a']);
    expect(p.finish().a).toMatchObject({ rows: 300, exact: false, distinct: 300 });
  });

  it('should refuse a part of badly sized sketches', () => {
    const p = createColumnProfiler(['a', 'b']);
    const part = profileColumns(['a', 'b'], [{ a: 'x', b: 'y' }], { sketchOnly: ['b'] });
    expect(() => p.addPart({ ...part, sketches: [null] })).toThrow('a profile part has 1 sketches, not 2');
    expect(() => p.addPart({ ...part, sketches: [null, new Uint8Array(8)] })).toThrow(
      'a profile part has a sketch of 8 registers, not 16384',
    );
  });
});
