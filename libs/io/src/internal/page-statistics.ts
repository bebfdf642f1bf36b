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
  const { distinct, max, min } = collectDistinct(p, n);
  if (max !== undefined) statistics.max_value = max;
  if (min !== undefined) statistics.min_value = min;
  statistics.null_count = n - count;
  statistics.distinct_count = distinct;
  return { statistics, count };
}

/** The distinct values of a page of strings or booleans, counted, and the largest and smallest of them. */
interface DistinctSummary {
  distinct: number;
  max: StatisticsValue | undefined;
  min: StatisticsValue | undefined;
}

/** The set that collects a page's distinct strings or booleans (one page at a time), cleared after each. */
const seen = new Set<StatisticsValue>();

/**
 * The distinct values of a page of strings, or of booleans, counted as a `Set` counts them, and their extremes by
 * `>` and `<`. Strings (by code units) and booleans are totally ordered, so the extremes of the first-seen-order
 * scan are those of any order: each new value is compared as it is added, and a value equal to the one before it
 * (a page of one split, a run of one source) is passed over without a lookup.
 */
function collectDistinct(p: PendingColumn, n: number): DistinctSummary {
  const { present } = p;
  let max: StatisticsValue | undefined;
  let min: StatisticsValue | undefined;
  let last: StatisticsValue | undefined;
  const values: ArrayLike<StatisticsValue> = p.strings ?? booleans(p.numbers as Float64Array, n);
  for (let i = 0; i < n; i++) {
    if (present[i] !== 1) continue;
    const v = values[i];
    if (v === last) continue;
    last = v;
    const size = seen.size;
    if (seen.add(v).size === size) continue;
    if (max === undefined || v > max) max = v;
    if (min === undefined || v < min) min = v;
  }
  const distinct = seen.size;
  seen.clear();
  return { distinct, max, min };
}

/** The first `n` values of a boolean column (stored as 0 and 1) as booleans. */
function booleans(numbers: Float64Array, n: number): boolean[] {
  const out = new Array<boolean>(n);
  for (let i = 0; i < n; i++) out[i] = numbers[i] === 1;
  return out;
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
