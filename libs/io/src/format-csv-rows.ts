import { cell, csvLine, isPlainLine, quotedLine } from './internal/csv-line';
import type { CsvRow } from './table-writer';

/**
 * Formats rows as CSV text (no header), byte for byte as {@link createCsvWriter} writes them. Lets a worker
 * thread do the formatting and hand the main thread one string per block (`CsvTableWriter.writeText`).
 * Each line is built as one string and checked once for characters that need quoting.
 *
 * @example
 * formatCsvRows(['id', 'name'], [{ id: '1', name: "O'Neil, Jr." }]); // '1,"O\'Neil, Jr."\n'
 */
export function formatCsvRows(columns: readonly string[], rows: Iterable<CsvRow>): string {
  let out = '';
  for (const row of rows) out += formatCsvRow(columns, row);
  return out;
}

/**
 * Formats one row as a CSV line (`\n` ended), as {@link formatCsvRows} does: lets a caller append each row's
 * line as soon as the row exists, so the row object can be dropped at once.
 *
 * @example
 * formatCsvRow(['id', 'name'], { id: '1', name: 'Ann' }); // '1,Ann\n'
 */
export function formatCsvRow(columns: readonly string[], row: CsvRow): string {
  let line = cell(row, columns[0]);
  for (let i = 1; i < columns.length; i++) line += ',' + cell(row, columns[i]);
  return isPlainLine(line, columns.length) ? line + '\n' : quotedLine(columns.map((c) => cell(row, c)));
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
