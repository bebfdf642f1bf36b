import { cell, csvLine, isPlainLine, quotedLine } from './internal/csv-line';
import type { CsvRow } from './table-writer';

/**
 * Formats rows as CSV text (no header), byte for byte as {@link createCsvWriter} writes them. Lets a worker
 * thread do the formatting and hand the main thread one string per block (`CsvTableWriter.writeText`).
 * Each line is joined into one string and scanned once for characters that need quoting.
 *
 * @example
 * formatCsvRows(['id', 'name'], [{ id: '1', name: "O'Neil, Jr." }]); // '1,"O\'Neil, Jr."\n'
 */
export function formatCsvRows(columns: readonly string[], rows: Iterable<CsvRow>): string {
  let out = '';
  for (const row of rows) out += formatCsvRow(columns, row);
  return out;
}

/** The values of the row being formatted (one array for all rows). */
const scratch: string[] = [];

/**
 * Formats one row as a CSV line (`\n` ended), as {@link formatCsvRows} does: lets a caller append each row's
 * line as soon as the row exists, so the row object can be dropped at once.
 *
 * @example
 * formatCsvRow(['id', 'name'], { id: '1', name: 'Ann' }); // '1,Ann\n'
 */
export function formatCsvRow(columns: readonly string[], row: CsvRow): string {
  const n = columns.length;
  const values = scratch;
  values.length = n;
  for (let i = 0; i < n; i++) values[i] = cell(row, columns[i]);
  // `join` makes one flat string, which the scan reads fastest.
  const line = values.join(',');
  return isPlainLine(line, n) ? line + '\n' : quotedLine(values);
}

/**
 * Formats values as one CSV line (`\n` ended), quoting as {@link formatCsvRows} does: for rows that are
 * not objects.
 *
 * @example
 * formatCsvLine(['1', 'a,b']); // '1,"a,b"\n'
 */
export function formatCsvLine(values: readonly string[]): string {
  return csvLine(values);
}
