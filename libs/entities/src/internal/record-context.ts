import type { Rng } from '@synth/random';
import type { Profile } from './profile';

/** What a field renderer sees when it renders one record. */
export interface RecordContext {
  /** The entity; its contact fields (email, phone, address, city, region, zip, company, account) are what this record shows. */
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
