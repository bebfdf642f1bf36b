// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./parquetjs-lite.d.ts" />
import type { ParquetSchema } from 'parquetjs-lite';
import { Statistics } from 'parquetjs-lite/gen-nodejs/parquet_types';
import type { PendingColumn } from './column-group';
import { DistinctNumbers } from './distinct-numbers';

/** A raw statistics value, before it is encoded: a string, a number, or a boolean for a boolean column. */
export type StatisticsValue = string | number | boolean;

/** A page's statistics as parquetjs-lite keeps them: raw values, encoded when written. */
export interface PageStatistics {
  max_value?: StatisticsValue;
  min_value?: StatisticsValue;
  null_count: number;
  distinct_count: number;
}

/** The statistics of one page and its count of values. */
export interface PageSummary {
  statistics: PageStatistics;
  /** Values that are not null. */
  count: number;
}

/** The table that counts the distinct values of number pages (one page at a time). */
const numberPages = new DistinctNumbers();

/**
 * The statistics parquetjs-lite 0.8.7 keeps for a page of the first `n` rows of a pending column: the largest
 * and smallest distinct value by JavaScript's `>` and `<`, scanned in first-seen order as it does (strings
 * by UTF-16 code units; with a NaN first, both stay NaN), the null count and the distinct count.
 */
export function pageStatistics(p: PendingColumn, n: number): PageSummary {
  let count = 0;
  for (let i = 0; i < n; i++) count += p.present[i];
  const statistics = {} as PageStatistics;
  if (p.strings === null && p.column.type !== 'boolean') {
    // Numbers are counted in a table of their bits, with the same figures as the scan of a `Set` below.
    const { distinct, max, min } = numberPages.scan(p.numbers as Float64Array, p.present, n);
    if (max !== undefined) statistics.max_value = max;
    if (min !== undefined) statistics.min_value = min;
    statistics.null_count = n - count;
    statistics.distinct_count = distinct;
    return { statistics, count };
  }
  const distinct = collectDistinct(p, n);
  let first = true;
  for (const v of distinct) {
    if (first || v > (statistics.max_value as StatisticsValue)) statistics.max_value = v;
    if (first || v < (statistics.min_value as StatisticsValue)) statistics.min_value = v;
    first = false;
  }
  statistics.null_count = n - count;
  statistics.distinct_count = distinct.size;
  return { statistics, count };
}

/** The distinct values of a page of strings, or of booleans, in first-seen order. */
function collectDistinct(p: PendingColumn, n: number): Set<StatisticsValue> {
  const { present } = p;
  const distinct = new Set<StatisticsValue>();
  if (p.strings !== null) {
    const strings = p.strings;
    for (let i = 0; i < n; i++) if (present[i] === 1) distinct.add(strings[i]);
    return distinct;
  }
  const numbers = p.numbers as Float64Array;
  for (let i = 0; i < n; i++) if (present[i] === 1) distinct.add(numbers[i] === 1);
  return distinct;
}

type Field = ParquetSchema['fieldList'][number];

/** The thrift statistics of a page: min and max as PLAIN bytes (utf8 as its UTF-8 bytes), also as `min`/`max`. */
export function encodeStatistics(s: PageStatistics, field: Field): Statistics {
  const min = s.min_value === undefined ? null : statisticsBytes(s.min_value, field);
  const max = s.max_value === undefined ? null : statisticsBytes(s.max_value, field);
  return new Statistics({
    max_value: max,
    min_value: min,
    null_count: s.null_count,
    distinct_count: s.distinct_count,
    max,
    min,
  });
}

/** A raw statistics value as parquetjs-lite writes it: PLAIN bytes, utf8 as its UTF-8 bytes. */
export function statisticsBytes(value: StatisticsValue, field: Field): Buffer {
  switch (field.primitiveType) {
    case 'BYTE_ARRAY':
      return Buffer.from(value as string, 'utf8');
    case 'BOOLEAN':
      return Buffer.of(value ? 1 : 0);
    case 'INT32': {
      const buf = Buffer.alloc(4);
      buf.writeInt32LE(value as number, 0);
      return buf;
    }
    default: {
      const buf = Buffer.alloc(8);
      buf.writeDoubleLE(value as number, 0);
      return buf;
    }
  }
}
