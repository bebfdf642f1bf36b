import { stringify } from 'csv-stringify/sync';

/** A quote or a line break: with a comma inside a value, what makes csv-stringify quote it. */
const QUOTE_OR_BREAK = /["\n\r]/;

/**
 * Whether `line` (`fields` values joined by commas) can be written as it is: no value holds a quote, a line
 * break or a comma (then the line holds exactly `fields - 1` commas). One scan of the joined line instead of
 * a regexp test per value.
 */
export function isPlainLine(line: string, fields: number): boolean {
  let commas = 0;
  for (let at = line.indexOf(','); at !== -1; at = line.indexOf(',', at + 1)) {
    if (++commas === fields) return false;
  }
  return commas === fields - 1 && !QUOTE_OR_BREAK.test(line);
}

/** One record with at least one value that needs quoting, as csv-stringify writes it (`\n` ended). */
export function quotedLine(values: readonly string[]): string {
  return stringify([values as string[]]);
}

/**
 * Formats one record exactly as csv-stringify does with its defaults (`\n` record delimiter) (RFC 4180 quoting).
 * Plain values take a fast path; a record with any value that needs quoting goes through
 * csv-stringify itself, so the quoting rules are csv-stringify's (a property test checks the two agree).
 */
export function csvLine(values: readonly string[]): string {
  const line = values.join(',');
  return isPlainLine(line, values.length) ? line + '\n' : quotedLine(values);
}

/** Reads `row[column]` as a string: missing, null and undefined become `''`. */
export function cell(row: Record<string, unknown>, column: string): string {
  const v = row[column];
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}
