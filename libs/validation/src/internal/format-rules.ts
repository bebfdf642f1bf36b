import { isPlausibleEmail, isPlausiblePhone, isPlausibleZip } from '@synth/features';
import { isFiveDigits, isPlainEmail, isPlainPhone } from './plain-shapes';

/** A value test: `null` when the value passes, else the problem, e.g. `has no domain`. */
export type ValueRule = (value: string, row: Record<string, string>) => string | null;

const HEX64 = /^[0-9a-f]{64}$/;

/** Hashed PII: lower-case hex sha256. */
export const hashedRule: ValueRule = (v) => (HEX64.test(v) ? null : 'is not a 64-hex sha256 value');

export const emailRule: ValueRule = (v) => {
  if (isPlainEmail(v) || isPlausibleEmail(v)) return null;
  const at = v.lastIndexOf('@');
  if (at < 0) return 'has no @';
  const domain = v.slice(at + 1).trim();
  if (domain === '' || !domain.includes('.')) return 'has no domain';
  return 'is not a plausible email address';
};

export const phoneRule: ValueRule = (v) =>
  isPlainPhone(v) || isPlausiblePhone(v)
    ? null
    : 'is not a NANP phone number (10 digits, or 11 with a leading 1, optional extension)';

/** A zip rule reading the row's country from `countryColumn`. */
export function zipRule(countryColumn: string | undefined): ValueRule {
  return (v, row) => {
    // The common case first: a plain US zip, the country column exactly `US`.
    if (countryColumn && row[countryColumn] === 'US' && isFiveDigits(v)) return null;
    const country = (countryColumn ? (row[countryColumn] ?? '') : '').trim().toUpperCase();
    if (country === 'US') return isPlausibleZip(v, 'US') ? null : 'is not a US zip (12345 or 12345-6789)';
    if (country === 'CA') return isPlausibleZip(v, 'CA') ? null : 'is not a CA postal code (A1A 1A1 or A1A1A1)';
    return `cannot be checked: country ${country === '' ? 'is empty' : `'${country}' is neither US nor CA`}`;
  };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?$/;

/**
 * The days of `month` (1..12) of `year` as `Date.UTC` counts them (proleptic Gregorian; as in `Date.UTC`, a
 * year 0..99 is taken as 1900..1999).
 */
function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const y = year < 100 ? year + 1900 : year;
    return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isCalendarDate(y: string, m: string, d: string): boolean {
  return isDayOf(Number(y), Number(m), Number(d));
}

/** Whether `day` is a day of `month` (1..12) of `year` (0..9999). */
function isDayOf(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number written by the `n` ASCII digits of `v` from `at`, or -1 when one of them is not a digit. */
function digits(v: string, at: number, n: number): number {
  let out = 0;
  for (let i = at; i < at + n; i++) {
    const d = v.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    out = out * 10 + d;
  }
  return out;
}

/** Whether `v` has the shape `YYYY-MM-DD` from `at` (digits and dashes only; the values are not checked). */
function isDateShape(v: string, at: number): boolean {
  return (
    v.charCodeAt(at + 4) === 45 &&
    v.charCodeAt(at + 7) === 45 &&
    digits(v, at, 4) >= 0 &&
    digits(v, at + 5, 2) >= 0 &&
    digits(v, at + 8, 2) >= 0
  );
}

const DATE_PROBLEM = 'is not a date (YYYY-MM-DD)';

export const dateRule: ValueRule = (v) => {
  // Fast path, same verdict as the pattern: exactly `YYYY-MM-DD`.
  if (v.length === 10 && isDateShape(v, 0))
    return isDayOf(digits(v, 0, 4), digits(v, 5, 2), digits(v, 8, 2)) ? null : DATE_PROBLEM;
  const m = DATE.exec(v);
  return m && isCalendarDate(m[1], m[2], m[3]) ? null : DATE_PROBLEM;
};

/** Whether `v` is exactly `YYYY-MM-DDThh:mm:ssZ` (or with a space for the `T`), the values not checked. */
function isUtcSecondsShape(v: string): boolean {
  const t = v.charCodeAt(10);
  return (
    v.length === 20 &&
    (t === 84 || t === 32) &&
    v.charCodeAt(13) === 58 &&
    v.charCodeAt(16) === 58 &&
    v.charCodeAt(19) === 90 &&
    isDateShape(v, 0) &&
    digits(v, 11, 2) >= 0 &&
    digits(v, 14, 2) >= 0 &&
    digits(v, 17, 2) >= 0
  );
}

const DATETIME_PROBLEM = 'is not an ISO 8601 date-time (YYYY-MM-DDThh:mm:ssZ)';

export const datetimeRule: ValueRule = (v) => {
  // Fast path, same verdict as the pattern: the shape every generated value has.
  if (isUtcSecondsShape(v)) {
    const ok =
      isDayOf(digits(v, 0, 4), digits(v, 5, 2), digits(v, 8, 2)) &&
      digits(v, 11, 2) < 24 &&
      digits(v, 14, 2) < 60 &&
      digits(v, 17, 2) < 60;
    return ok ? null : DATETIME_PROBLEM;
  }
  const m = DATETIME.exec(v);
  const ok =
    m !== null &&
    isCalendarDate(m[1], m[2], m[3]) &&
    Number(m[4]) < 24 &&
    Number(m[5]) < 60 &&
    Number(m[6] ?? 0) < 60 &&
    Number(m[7] ?? 0) < 24 &&
    Number(m[8] ?? 0) < 60;
  return ok ? null : DATETIME_PROBLEM;
};

const DECIMAL = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;

export const decimalRule: ValueRule = (v) => (DECIMAL.test(v) ? null : 'is not a number');
export const integerRule: ValueRule = (v) => (INTEGER.test(v) ? null : 'is not an integer');
