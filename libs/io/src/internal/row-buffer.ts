// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./parquetjs-lite.d.ts" />
import type { ParquetSchema } from 'parquetjs-lite';
import type { ColumnGroup } from './column-group';

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
 * Builds parquetjs-lite's row buffer for the first `n` rows of a column group in one pass per column — what
 * its `shredRecord` does row by row (8× slower: it allocates a Set and arrays per field per row). The
 * schema's fields are the group's columns. UTF8 values stay strings: parquetjs-lite's PLAIN BYTE_ARRAY encoder
 * makes each value a Buffer (`Buffer.from`, UTF-8) before writing it, so a Buffer made here (as its
 * `toPrimitive_UTF8` does) would only be copied again; statistics see the raw values, as in parquetjs-lite.
 */
export function buildRowBuffer(schema: ParquetSchema, group: ColumnGroup, n: number): RowBuffer {
  const buffer: RowBuffer = { rowCount: n, pageRowCount: n, columnData: {}, pages: {} };
  for (const field of schema.fieldList) {
    const c = group.indexOf(field.name);
    const column: ColumnBuffer = {
      dlevels: new Array<number>(n),
      rlevels: new Array<number>(n).fill(0),
      values: [],
      distinct_values: new Set(),
      count: n,
    };
    const present = field.dLevelMax;
    for (let i = 0; i < n; i++) {
      const v = group.value(c, i);
      if (v === undefined) {
        column.dlevels[i] = 0;
        continue;
      }
      column.dlevels[i] = present;
      column.distinct_values.add(v);
      column.values.push(v);
    }
    buffer.columnData[field.name] = column;
    buffer.pages[field.name] = [];
  }
  return buffer;
}

/** Row `row` of a column group as the object `appendRow` takes: nulls are absent keys. */
export function groupRow(schema: ParquetSchema, group: ColumnGroup, row: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of schema.fieldList) {
    const v = group.value(group.indexOf(field.name), row);
    if (v !== undefined) out[field.name] = v;
  }
  return out;
}
