import { isPlausibleEmail, isPlausiblePhone, isPlausibleZip } from '@synth/features';

/** A value test: `null` when the value passes, else the problem, e.g. `has no domain`. */
export type ValueRule = (value: string, row: Record<string, string>) => string | null;

const HEX64 = /^[0-9a-f]{64}$/;

/** Hashed PII: lower-case hex sha256. */
export const hashedRule: ValueRule = (v) => (HEX64.test(v) ? null : 'is not a 64-hex sha256 value');

export const emailRule: ValueRule = (v) => {
  if (isPlausibleEmail(v)) return null;
  const at = v.lastIndexOf('@');
  if (at < 0) return 'has no @';
  const domain = v.slice(at + 1).trim();
  if (domain === '' || !domain.includes('.')) return 'has no domain';
  return 'is not a plausible email address';
};

export const phoneRule: ValueRule = (v) =>
  isPlausiblePhone(v) ? null : 'is not a NANP phone number (10 digits, or 11 with a leading 1, optional extension)';

/** A zip rule reading the row's country from `countryColumn`. */
export function zipRule(countryColumn: string | undefined): ValueRule {
  return (v, row) => {
    const country = (countryColumn ? (row[countryColumn] ?? '') : '').trim().toUpperCase();
    if (country === 'US') return isPlausibleZip(v, 'US') ? null : 'is not a US zip (12345 or 12345-6789)';
    if (country === 'CA') return isPlausibleZip(v, 'CA') ? null : 'is not a CA postal code (A1A 1A1 or A1A1A1)';
    return `cannot be checked: country ${country === '' ? 'is empty' : `'${country}' is neither US nor CA`}`;
  };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?$/;

function isCalendarDate(y: string, m: string, d: string): boolean {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const dateRule: ValueRule = (v) => {
  const m = DATE.exec(v);
  return m && isCalendarDate(m[1], m[2], m[3]) ? null : 'is not a date (YYYY-MM-DD)';
};

export const datetimeRule: ValueRule = (v) => {
  const m = DATETIME.exec(v);
  const ok =
    m !== null &&
    isCalendarDate(m[1], m[2], m[3]) &&
    Number(m[4]) < 24 &&
    Number(m[5]) < 60 &&
    Number(m[6] ?? 0) < 60 &&
    Number(m[7] ?? 0) < 24 &&
    Number(m[8] ?? 0) < 60;
  return ok ? null : 'is not an ISO 8601 date-time (YYYY-MM-DDThh:mm:ssZ)';
};

const DECIMAL = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;

export const decimalRule: ValueRule = (v) => (DECIMAL.test(v) ? null : 'is not a number');
export const integerRule: ValueRule = (v) => (INTEGER.test(v) ? null : 'is not an integer');
