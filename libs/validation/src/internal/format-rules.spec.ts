import fc from 'fast-check';
import { dateRule, datetimeRule } from './format-rules';

// The rules as they were before their fast paths: patterns, `Number` and `Date.UTC`.
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?$/;

function oldIsCalendarDate(y: string, m: string, d: string): boolean {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const oldDateOk = (v: string) => {
  const m = DATE.exec(v);
  return m !== null && oldIsCalendarDate(m[1], m[2], m[3]);
};

const oldDatetimeOk = (v: string) => {
  const m = DATETIME.exec(v);
  return (
    m !== null &&
    oldIsCalendarDate(m[1], m[2], m[3]) &&
    Number(m[4]) < 24 &&
    Number(m[5]) < 60 &&
    Number(m[6] ?? 0) < 60 &&
    Number(m[7] ?? 0) < 24 &&
    Number(m[8] ?? 0) < 60
  );
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Characters that make near-misses of the shapes: digits, separators, letters, a non-ASCII digit. */
const char = fc.constantFrom(...'0123456789-:T Z+.x\u0661'.split(''));
const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => pad(n, 2));
/** Date-times of every shape the pattern knows, with out-of-range fields, then maybe one character changed. */
const datetime = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }).map((n) => pad(n, 4)),
    twoDigits,
    twoDigits,
    fc.constantFrom('T', ' ', 't'),
    twoDigits,
    twoDigits,
    fc.option(twoDigits.map((s) => `:${s}`)),
    fc.constantFrom('', 'Z', '.5Z', '+05:30', '-0800', '+2460'),
  )
  .map(([y, mo, d, t, h, mi, s, zone]) => `${y}-${mo}-${d}${t}${h}:${mi}${s ?? ''}${zone}`);
const mutated = fc
  .tuple(datetime, fc.nat(), char, fc.boolean())
  .map(([v, at, c, insert]) => v.slice(0, at % (v.length + 1)) + c + v.slice((at % (v.length + 1)) + (insert ? 0 : 1)));

describe('date rules', () => {
  /** Whether both rules agree with the old ones on the date `v` (the date-time at its day's last second). */
  const agrees = (v: string) => {
    const expected = oldDateOk(v);
    return (dateRule(v, {}) === null) === expected && (datetimeRule(`${v}T23:59:59Z`, {}) === null) === expected;
  };

  it('should know the leap years of Date.UTC, years 0..99 as 1900..1999 included (exhaustive)', () => {
    for (let year = 0; year <= 9999; year++) {
      for (const day of [28, 29, 30]) {
        const v = `${pad(year, 4)}-02-${pad(day, 2)}`;
        if (!agrees(v)) throw new Error(`the rules disagree on ${v}`);
      }
    }
  });

  it('should accept exactly the days and months Date.UTC has (exhaustive on sample years)', () => {
    for (const year of [0, 4, 99, 100, 400, 1900, 1999, 2000, 2023, 2024, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const v = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          if (!agrees(v)) throw new Error(`the rules disagree on ${v}`);
        }
      }
    }
  });

  it('should give the verdicts of the patterns on date-times and near misses (property)', () => {
    fc.assert(
      fc.property(fc.oneof(datetime, mutated, fc.string({ maxLength: 22 })), (v) => {
        expect(datetimeRule(v, {}) === null).toBe(oldDatetimeOk(v));
        expect(dateRule(v.slice(0, 10), {}) === null).toBe(oldDateOk(v.slice(0, 10)));
      }),
      { numRuns: 5_000 },
    );
  });

  it('should name the expected shape when a value fails', () => {
    expect(datetimeRule('2024-02-30T10:00:00Z', {})).toBe('is not an ISO 8601 date-time (YYYY-MM-DDThh:mm:ssZ)');
    expect(datetimeRule('2024-02-29T24:00:00Z', {})).not.toBeNull();
    expect(datetimeRule('2024-02-29 23:59:59Z', {})).toBeNull();
    expect(dateRule('1900-02-29', {})).toBe('is not a date (YYYY-MM-DD)');
    expect(dateRule('0000-02-29', {})).not.toBeNull();
    expect(dateRule('2000-02-29', {})).toBeNull();
  });
});
