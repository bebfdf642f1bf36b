// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./parquetjs-lite.d.ts" />
import type { ParquetSchema } from 'parquetjs-lite';

/** One column of parquetjs-lite's internal row buffer (the shape its `shredRecord` produces). */
interface ColumnBuffer {
  dlevels: number[];
  rlevels: number[];
  values: unknown[];
  distinct_values: Set<unknown>;
  count: number;
}

/** parquetjs-lite's internal row buffer (`ParquetWriter.rowBuffer`) for flat schemas. */
export interface RowBuffer {
  rowCount: number;
  pageRowCount: number;
  columnData: Record<string, ColumnBuffer>;
  pages: Record<string, unknown[]>;
}

/**
 * Builds parquetjs-lite's row buffer for flat rows in one pass per column — what its `shredRecord` does
 * row by row (8× slower: it allocates a Set and arrays per field per row). Rows are already converted
 * (`parquetValue`): nulls are absent keys, values have the column's JS type. UTF8 values become Buffers
 * as parquetjs-lite's `toPrimitive_UTF8` makes them; statistics see the raw values, as in parquetjs-lite.
 */
export function buildRowBuffer(schema: ParquetSchema, rows: readonly Record<string, unknown>[]): RowBuffer {
  const n = rows.length;
  const buffer: RowBuffer = { rowCount: n, pageRowCount: n, columnData: {}, pages: {} };
  for (const field of schema.fieldList) {
    const column: ColumnBuffer = {
      dlevels: new Array<number>(n),
      rlevels: new Array<number>(n).fill(0),
      values: [],
      distinct_values: new Set(),
      count: n,
    };
    const utf8 = field.originalType === 'UTF8';
    const present = field.dLevelMax;
    for (let i = 0; i < n; i++) {
      const v = rows[i][field.name];
      if (v === undefined) {
        column.dlevels[i] = 0;
        continue;
      }
      column.dlevels[i] = present;
      column.distinct_values.add(v);
      column.values.push(utf8 ? Buffer.from(v as string, 'utf8') : v);
    }
    buffer.columnData[field.name] = column;
    buffer.pages[field.name] = [];
  }
  return buffer;
}
