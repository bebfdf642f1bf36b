// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./parquetjs-lite.d.ts" />
import type { PageStatistics, StatisticsValue } from 'parquetjs-lite';
import type { PendingColumn } from './column-group';

/** The statistics of one page and what they are made from. */
export interface PageSummary {
  statistics: PageStatistics;
  /** The distinct values, in first-seen order (strings, numbers, or booleans for a boolean column). */
  distinct: Set<StatisticsValue>;
  /** Values that are not null. */
  count: number;
}

/**
 * The statistics parquetjs-lite 0.8.7 keeps for a page of the first `n` rows of a pending column: the largest
 * and smallest distinct value by JavaScript's `>` and `<`, scanned in first-seen order as it does (strings
 * by UTF-16 code units; with a NaN first, both stay NaN), the null count and the distinct count.
 */
export function pageStatistics(p: PendingColumn, n: number): PageSummary {
  const distinct = collectDistinct(p, n);
  let count = 0;
  for (let i = 0; i < n; i++) count += p.present[i];
  const statistics = {} as PageStatistics;
  let first = true;
  for (const v of distinct) {
    if (first || v > (statistics.max_value as StatisticsValue)) statistics.max_value = v;
    if (first || v < (statistics.min_value as StatisticsValue)) statistics.min_value = v;
    first = false;
  }
  statistics.null_count = n - count;
  statistics.distinct_count = distinct.size;
  return { statistics, distinct, count };
}

function collectDistinct(p: PendingColumn, n: number): Set<StatisticsValue> {
  const { present } = p;
  const distinct = new Set<StatisticsValue>();
  if (p.strings !== null) {
    const strings = p.strings;
    for (let i = 0; i < n; i++) if (present[i] === 1) distinct.add(strings[i]);
    return distinct;
  }
  const numbers = p.numbers as Float64Array;
  if (p.column.type === 'boolean') {
    for (let i = 0; i < n; i++) if (present[i] === 1) distinct.add(numbers[i] === 1);
    return distinct;
  }
  for (let i = 0; i < n; i++) if (present[i] === 1) distinct.add(numbers[i]);
  return distinct;
}
