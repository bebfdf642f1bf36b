import type { Rng } from '@synth/random';
import type { Deal } from './deal';
import type { Profile } from './profile';

/** What a field renderer sees when it renders one record. */
export interface RecordContext {
  /**
   * The entity; its contact fields (email, phone, address, city, region, zip, company, account) are what this
   * record shows.
   */
  profile: Profile;
  rng: Rng;
  /** 0-based position of the record in its source (ids, order and invoice numbers derive from it). */
  recordNumber: number;
  /** 0 for the entity's base record in this source, 1.. for its duplicates. */
  ordinal: number;
  idPrefix: string;
  idWidth: number;
  /** The record's id, `idPrefix` and its 1-based number zero-padded to `idWidth` (`L0000042`). */
  id: string;
  /** Seed-derived offsets that make order/invoice numbers look unsequenced (still unique). */
  orderOffset: number;
  invoiceOffset: number;
  refDay: number;
  /** The record's own date (day number): the lead's `created_at` day, the order day or the invoice day. */
  day: number;
}

export type FieldRenderer = (rc: RecordContext) => string;

/** Day numbers below this (1970 … 2149) have their `YYYY-MM-DD` text memoised, by index. */
const DAY_CACHE_SIZE = 1 << 16;
/** `isoDay` texts by day number, `''` until first asked for. */
const dayCache: string[] = new Array<string>(DAY_CACHE_SIZE).fill('');

/** `YYYY-MM-DD` of a day number (days since 1970-01-01); the texts of days 0 … 65535 are memoised. */
export function isoDay(day: number): string {
  const cached = day >= 0 && day < DAY_CACHE_SIZE && day === Math.floor(day);
  let s = cached ? dayCache[day] : '';
  if (s === '') {
    s = new Date(day * 86400000).toISOString().slice(0, 10);
    if (cached) dayCache[day] = s;
  }
  return s;
}

/**
 * The UTC calendar year of a day number (days since 1970-01-01), what `new Date(day * 86400000).getUTCFullYear()`
 * gives, by arithmetic (Hinnant's `civil_from_days`) instead of a `Date` per call.
 */
export function yearOfDay(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The char code of the tens digit of `n` (0–99). */
const tens = (n: number) => 48 + Math.floor(n / 10);
/** The char code of the units digit of `n`. */
const units = (n: number) => 48 + (n % 10);

/**
 * `YYYY-MM-DDTHH:MM:SSZ` of a day number and a second of that day. A whole second of the day gives the 20
 * characters as one string, from the day's cached `YYYY-MM-DD` and the digits of the time (no intermediate strings,
 * no cons string to flatten when the row is written).
 */
export function isoDateTime(day: number, second: number): string {
  const date = isoDay(day);
  if (!Number.isInteger(second) || second < 0 || second >= 86400 || date.length !== 10)
    return `${date}T${two(Math.floor(second / 3600))}:${two(Math.floor(second / 60) % 60)}:${two(second % 60)}Z`;
  const h = Math.floor(second / 3600);
  const m = Math.floor(second / 60) % 60;
  const s = second % 60;
  // prettier-ignore
  return String.fromCharCode(
    date.charCodeAt(0), date.charCodeAt(1), date.charCodeAt(2), date.charCodeAt(3), date.charCodeAt(4),
    date.charCodeAt(5), date.charCodeAt(6), date.charCodeAt(7), date.charCodeAt(8), date.charCodeAt(9),
    84, tens(h), units(h), 58, tens(m), units(m), 58, tens(s), units(s), 90,
  );
}

/** Runs of zeros by length, for `pad`. */
const ZEROS = Array.from({ length: 24 }, (_, n) => '0'.repeat(n));

/** Zero-padded number of the given width. */
export function pad(n: number, width: number): string {
  const s = String(n);
  const missing = width - s.length;
  return missing <= 0 ? s : (ZEROS[missing] ?? '0'.repeat(missing)) + s;
}

/** Scratch char-code arrays by length, for {@link prefixedId}. */
const ID_CODES: number[][] = [];
/** Longest id {@link prefixedId} writes through its scratch arrays. */
const MAX_ID_LENGTH = 40;
/** Largest number {@link prefixedId} writes with 32-bit integer arithmetic. */
const MAX_INT32 = 0x7fffffff;

/**
 * `prefix` then `n` zero-padded to `width` (`L0000042`): what `prefix + pad(n, width)` gives, made as one string
 * instead of three (the number, the padded number, the id).
 */
export function prefixedId(prefix: string, n: number, width: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_INT32) return prefix + pad(n, width);
  let digits = 1;
  for (let p = 10; p <= n; p *= 10) digits++;
  const length = prefix.length + Math.max(digits, width);
  if (length > MAX_ID_LENGTH) return prefix + pad(n, width);
  let codes = ID_CODES[length];
  if (codes === undefined) ID_CODES[length] = codes = Array.from({ length }, () => 48);
  for (let i = 0; i < prefix.length; i++) codes[i] = prefix.charCodeAt(i);
  let rest = n | 0;
  for (let i = length - 1; i >= prefix.length; i--) {
    const quotient = (rest / 10) | 0;
    codes[i] = 48 + rest - quotient * 10;
    rest = quotient;
  }
  return String.fromCharCode(...codes);
}

/** A bijection of 0..10^width-1 (multiplier coprime to 10), so distinct record numbers give distinct ids. */
export function scramble(n: number, offset: number, multiplier: number, width: number): number {
  const mod = 10 ** width;
  return (((n * multiplier) % mod) + offset) % mod;
}

/**
 * The date (day number) of a record: a lead is created on the deal's lead day (its duplicates, repeated
 * enquiries, on a day drawn up to the order day), a sales record on the order day, a financial one on the
 * invoice day. Drawn before the record's contacts, which depend on it (moves, phone changes).
 */
export function recordDay(source: string, ordinal: number, deal: Deal, rng: Rng): number {
  if (source === 'sales') return deal.orderDay;
  if (source === 'financial') return deal.invoiceDay;
  if (ordinal === 0) return deal.leadDay;
  return deal.leadDay + Math.floor(rng.next() * (deal.orderDay - deal.leadDay + 1));
}
