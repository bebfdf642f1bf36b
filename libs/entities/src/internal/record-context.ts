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

const dayCache = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (days since 1970-01-01). */
export function isoDay(day: number): string {
  let s = dayCache.get(day);
  if (s === undefined) {
    s = new Date(day * 86400000).toISOString().slice(0, 10);
    if (dayCache.size > 20000) dayCache.clear();
    dayCache.set(day, s);
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
/** `THH:` of each hour, and `MM:SSZ` of each second of an hour: a time of day is two lookups, not six strings. */
const HOURS = Array.from({ length: 24 }, (_, h) => `T${two(h)}:`);
const MINUTES_SECONDS = Array.from({ length: 3600 }, (_, s) => `${two(Math.floor(s / 60))}:${two(s % 60)}Z`);

/** `YYYY-MM-DDTHH:MM:SSZ` of a day number and a second of that day. */
export function isoDateTime(day: number, second: number): string {
  if (Number.isInteger(second) && second >= 0 && second < 86400)
    return isoDay(day) + HOURS[Math.floor(second / 3600)] + MINUTES_SECONDS[second % 3600];
  return `${isoDay(day)}T${two(Math.floor(second / 3600))}:${two(Math.floor(second / 60) % 60)}:${two(second % 60)}Z`;
}

/** Runs of zeros by length, for `pad`. */
const ZEROS = Array.from({ length: 24 }, (_, n) => '0'.repeat(n));

/** Zero-padded number of the given width. */
export function pad(n: number, width: number): string {
  const s = String(n);
  const missing = width - s.length;
  return missing <= 0 ? s : (ZEROS[missing] ?? '0'.repeat(missing)) + s;
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
