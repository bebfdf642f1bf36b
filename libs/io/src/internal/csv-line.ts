import { stringify } from 'csv-stringify/sync';

const NEEDS_QUOTES = /[",\n\r]/;

/**
 * Formats one record exactly as csv-stringify does with its defaults (`\n` record delimiter) (RFC 4180 quoting).
 * Plain values take a fast path; a record with any value that needs quoting goes through
 * csv-stringify itself, so the quoting rules are csv-stringify's (a property test checks the two agree).
 */
export function csvLine(values: string[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (NEEDS_QUOTES.test(v)) return stringify([values]);
    line += i === 0 ? v : ',' + v;
  }
  return line + '\n';
}

/** Reads `row[column]` as a string: missing, null and undefined become `''`. */
export function cell(row: Record<string, unknown>, column: string): string {
  const v = row[column];
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}
