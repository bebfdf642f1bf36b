import { cell, isPlainLine, quotedLine } from './internal/csv-line';
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
  const n = columns.length;
  for (const row of rows) {
    let line = cell(row, columns[0]);
    for (let i = 1; i < n; i++) line += ',' + cell(row, columns[i]);
    out += isPlainLine(line, n) ? line + '\n' : quotedLine(columns.map((c) => cell(row, c)));
  }
  return out;
}
