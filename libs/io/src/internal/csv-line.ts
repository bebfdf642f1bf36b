import { stringify } from 'csv-stringify/sync';

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Whether `line` (`fields` values joined by commas) can be written as it is: no value holds a quote, a line
 * break or a comma (then the line holds exactly `fields - 1` commas). One scan of the joined line by char
 * code, instead of a regexp test per value.
 */
export function isPlainLine(line: string, fields: number): boolean {
  let commas = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === COMMA) commas++;
    else if (c === QUOTE || c === LF || c === CR) return false;
  }
  return commas === fields - 1;
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

/** A value as a CSV cell: a string as it is; missing, null and undefined `''`; anything else as `String` gives it. */
export function cellText(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

/** Reads `row[column]` as a string: missing, null and undefined become `''`. */
export function cell(row: Record<string, unknown>, column: string): string {
  return cellText(row[column]);
}
