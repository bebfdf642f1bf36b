/**
 * The values of one column of a {@link ColumnBatch}. Typed arrays hold numbers (booleans as 0/1) and mark
 * row `i` null with `nulls[i] === 1` (no `nulls`: no null); a utf8 column holds strings, `null` for a null.
 */
export type ColumnValues =
  | { readonly type: 'utf8'; readonly values: readonly (string | null)[] }
  | { readonly type: 'int32'; readonly values: Int32Array; readonly nulls?: Uint8Array }
  | { readonly type: 'double'; readonly values: Float64Array; readonly nulls?: Uint8Array }
  | { readonly type: 'boolean'; readonly values: Uint8Array; readonly nulls?: Uint8Array };

/**
 * Rows held column by column: `length` rows, each column's values indexed by row. The typed arrays can be
 * handed to another thread in a transfer list instead of being copied as an object graph.
 *
 * @example
 * const batch: ColumnBatch = {
 *   length: 2,
 *   columns: {
 *     id: { type: 'utf8', values: ['L1', 'L2'] },
 *     score: { type: 'double', values: Float64Array.of(0.5, 0), nulls: Uint8Array.of(0, 1) },
 *   },
 * };
 */
export interface ColumnBatch {
  readonly length: number;
  readonly columns: Readonly<Record<string, ColumnValues>>;
}

/** The value of row `row` of `column` as a row object holds it: `null`, a string, a number or a boolean. */
export function columnValue(column: ColumnValues | undefined, row: number): string | number | boolean | null {
  if (column === undefined) return null;
  if (column.type === 'utf8') return column.values[row];
  if (column.nulls !== undefined && column.nulls[row] === 1) return null;
  return column.type === 'boolean' ? column.values[row] === 1 : column.values[row];
}
