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

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DDTHH:MM:SSZ`. */
export function isoDateTime(day: number, second: number): string {
  return `${isoDay(day)}T${two(Math.floor(second / 3600))}:${two(Math.floor(second / 60) % 60)}:${two(second % 60)}Z`;
}

/** Zero-padded number of the given width. */
export function pad(n: number, width: number): string {
  const s = String(n);
  return s.length >= width ? s : '0'.repeat(width - s.length) + s;
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
