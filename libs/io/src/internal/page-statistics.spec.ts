import fc from 'fast-check';
import type { PendingColumn } from './column-group';
import { pageStatistics, type StatisticsValue } from './page-statistics';

/** parquetjs-lite's statistics of the present values: a `Set` in first-seen order, scanned by `>` and `<`. */
function reference(values: readonly (StatisticsValue | null)[]) {
  const distinct = new Set<StatisticsValue>();
  for (const v of values) if (v !== null) distinct.add(v);
  const statistics: Record<string, StatisticsValue | number> = {};
  let first = true;
  for (const v of distinct) {
    if (first || v > statistics['max_value']) statistics['max_value'] = v;
    if (first || v < statistics['min_value']) statistics['min_value'] = v;
    first = false;
  }
  statistics['null_count'] = values.filter((v) => v === null).length;
  statistics['distinct_count'] = distinct.size;
  return { statistics, count: values.length - (statistics['null_count'] as number) };
}

/** A pending column of strings or booleans holding `values` (null: not present), with room for one more row. */
function pending(values: readonly (StatisticsValue | null)[], type: 'utf8' | 'boolean'): PendingColumn {
  const present = Uint8Array.from([...values, 'spare'], (v) => (v === null ? 0 : 1));
  if (type === 'utf8') {
    const strings = [...values.map((v) => (v === null ? '' : (v as string))), 'zzz'];
    return { column: { name: 's', type }, strings, numbers: null, present };
  }
  const numbers = Float64Array.from([...values, true], (v) => (v === true ? 1 : 0));
  return { column: { name: 'b', type }, strings: null, numbers, present };
}

describe('pageStatistics', () => {
  it('counts distinct strings and finds their extremes, runs of one value included', () => {
    const values = ['b', 'b', null, 'a', 'a', 'b', 'é', ''];
    expect(pageStatistics(pending(values, 'utf8'), values.length)).toEqual({
      statistics: { max_value: 'é', min_value: '', null_count: 1, distinct_count: 4 },
      count: 7,
    });
    expect(pageStatistics(pending([null, null], 'utf8'), 2)).toEqual({
      statistics: { null_count: 2, distinct_count: 0 },
      count: 0,
    });
  });

  it('gives what a Set scanned in first-seen order gives, for strings and booleans (property)', () => {
    const string = fc.option(fc.constantFrom('', 'a', 'b', 'ab', 'B', 'é', '\ud83d', 'leads', 'L0000001'), {
      nil: null,
    });
    const runs = fc
      .array(fc.tuple(string, fc.integer({ min: 1, max: 4 })), { maxLength: 30 })
      .map((rs) => rs.flatMap(([v, times]) => Array<string | null>(times).fill(v)));
    fc.assert(
      fc.property(runs, (values) => {
        expect(pageStatistics(pending(values, 'utf8'), values.length)).toEqual(reference(values));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.option(fc.boolean(), { nil: null }), { maxLength: 20 }), (values) => {
        expect(pageStatistics(pending(values, 'boolean'), values.length)).toEqual(reference(values));
      }),
      { numRuns: 200 },
    );
  });
});
