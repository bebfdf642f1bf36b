import { cell, csvLine } from './internal/csv-line';
import type { CsvRow } from './table-writer';

/**
 * Formats rows as CSV text (no header), byte for byte as {@link createCsvWriter} writes them. Lets a worker
 * thread do the formatting and hand the main thread one string per block (`CsvTableWriter.writeText`).
 *
 * @example
 * formatCsvRows(['id', 'name'], [{ id: '1', name: "O'Neil, Jr." }]); // '1,"O\'Neil, Jr."\n'
 */
export function formatCsvRows(columns: readonly string[], rows: Iterable<CsvRow>): string {
  let out = '';
  const values = new Array<string>(columns.length);
  for (const row of rows) {
    for (let i = 0; i < columns.length; i++) values[i] = cell(row, columns[i]);
    out += csvLine(values);
  }
  return out;
}
