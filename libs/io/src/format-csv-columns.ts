import { columnValue } from './column-batch';
import type { ColumnBatch, ColumnValues } from './column-batch';
import { isPlainLine, quotedLine } from './internal/csv-line';

/** The CSV text of one value: nulls are empty fields, numbers and booleans as `String` writes them. */
function csvField(column: ColumnValues | undefined, row: number): string {
  if (column?.type === 'utf8') return column.values[row] ?? '';
  const v = columnValue(column, row);
  return v === null ? '' : String(v);
}

/**
 * Formats rows `[from, to)` of a column batch (all by default) as CSV text (no header), the columns `columns`
 * in that order, byte for byte as {@link formatCsvRows} formats the same rows as objects (`String(value)`,
 * nulls and missing columns empty). No object is made per row.
 *
 * @example
 * formatCsvColumns(['id', 'score'], batch); // 'L1,0.5\nL2,\n'
 * formatCsvColumns(['id', 'score'], batch, 1, 2); // 'L2,\n'
 */
export function formatCsvColumns(columns: readonly string[], batch: ColumnBatch, from = 0, to = batch.length): string {
  const cols = columns.map((name) => batch.columns[name]);
  const n = cols.length;
  const values = new Array<string>(n);
  let out = '';
  for (let row = from; row < to; row++) {
    for (let i = 0; i < n; i++) values[i] = csvField(cols[i], row);
    const line = values.join(',');
    out += isPlainLine(line, n) ? line + '\n' : quotedLine(values);
  }
  return out;
}
