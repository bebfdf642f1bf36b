import type { Rng } from '@synth/random';
import {
  companyDomain,
  companyName,
  consumerDomain,
  emailLocal,
  phoneNumber,
  postalCode,
  workEmailLocal,
} from './contact';
import { US_SHARE_IN_BLEND, type GenContext } from './context';
import { LAST_NAMES, STREET_NAMES, STREET_SUFFIXES } from './faker-data';
import { firstName, lastName } from './names';
import { COMMON_STREET_SUFFIXES } from './tables/email-domains';
import type { City, Region } from './tables/geo';
import { type Deal, makeDeal } from './deal';
import { decimal } from './decimal';
import { Weighted } from './weighted';

/** A true entity: one person (and maybe their company) with one address, contacts and one vehicle deal. */
export interface Profile {
  country: 'US' | 'CA';
  region: Region;
  city: City;
  first: string;
  last: string;
  emailLocal: string;
  emailDomain: string;
  phone: string;
  houseNumber: string;
  street: string;
  unit: string;
  zip: string;
  business: boolean;
  company: string;
  /** The primary email is a work address at the company's domain. */
  workEmail: boolean;
  deal: Deal;
  /** Alternate contacts other records may show (only entities with 2+ records have them). */
  alt: Alternates | null;
  /** The primary email, address line and account, set by `primaryView` once the profile is final. */
  email: string;
  address: string;
  account: string;
}

/** The address after a move: same state/province, same or another city. */
export interface NewAddress {
  region: Region;
  city: City;
  zip: string;
  /** `456 Oak Avenue` (+ unit). */
  line: string;
  /** A phone of the new city when the city differs (its area code), shown with the new address; else `''`. */
  phone: string;
}

/**
 * The other contacts of an entity with 2+ records. A second email/phone is one the person already has; a move
 * or a phone-number change happens on a day (day number, Infinity when it does not happen before the last record).
 */
export interface Alternates {
  /** Second email, `''` for none. */
  email: string;
  /** Second phone, `''` for none. */
  phone: string;
  /** The address after the move, shown by records dated on or after `moveDay`; null when no move. */
  moved: NewAddress | null;
  moveDay: number;
  /** The number after a phone change, shown by records dated on or after `phoneDay`; `''` when none. */
  newPhone: string;
  phoneDay: number;
}

/** Parts of a profile fixed by a confuser's target. */
export interface ProfileSeed {
  country?: 'US' | 'CA';
  region?: Region;
  city?: City;
  zip?: string;
  houseNumber?: string;
  street?: string;
  first?: string;
  last?: string;
}

const suffixes = Weighted.of(COMMON_STREET_SUFFIXES);
const pickFrom = (rng: Rng, list: readonly string[]) => list[Math.floor(rng.next() * list.length)];

export function streetLine(rng: Rng): string {
  if (rng.next() < 0.5) return pickFrom(rng, STREET_NAMES);
  const suffix = rng.next() < 0.85 ? suffixes.pick(rng) : pickFrom(rng, STREET_SUFFIXES);
  return `${pickFrom(rng, LAST_NAMES)} ${suffix}`;
}

export function houseNumber(rng: Rng): string {
  const u = rng.next();
  const max = u < 0.1 ? 99 : u < 0.45 ? 999 : u < 0.9 ? 9999 : 29999;
  return decimal(1 + Math.floor(rng.next() * max));
}

export function unitFor(rng: Rng, business: boolean): string {
  if (business) return rng.next() < 0.4 ? `Suite ${100 + Math.floor(rng.next() * 900)}` : '';
  if (rng.next() >= 0.12) return '';
  const n = 1 + Math.floor(rng.next() * 30);
  return rng.next() < 0.7 ? `Apt ${n}${rng.next() < 0.3 ? 'ABCD'[Math.floor(rng.next() * 4)] : ''}` : `Unit ${n}`;
}

export function pickCountry(rng: Rng, ctx: GenContext): 'US' | 'CA' {
  if (ctx.locale === 'US+CA') return rng.next() < US_SHARE_IN_BLEND ? 'US' : 'CA';
  return ctx.locale;
}

/** The seed of a profile with nothing fixed. */
const NO_SEED: ProfileSeed = Object.freeze({});

/** Makes a profile from the entity's stream; `seed` fixes parts (used by confusers). Draw order is fixed. */
export function makeProfile(rng: Rng, ctx: GenContext, mask: number, seed: ProfileSeed = NO_SEED): Profile {
  const country = seed.country ?? pickCountry(rng, ctx);
  const region = seed.region ?? (country === 'US' ? ctx.us : ctx.ca).pick(rng);
  const city = seed.city ?? region.cities[Math.floor(rng.next() * region.cities.length)];
  const first = seed.first ?? firstName(rng);
  const last = seed.last ?? lastName(rng, region);
  const business = rng.next() < 0.15;
  const company = business ? companyName(rng, country, lastName(rng, region), lastName(rng, region), city.name) : '';
  const work = business && rng.next() < 0.6;
  const local = work ? workEmailLocal(rng, first, last) : emailLocal(rng, first, last);
  const emailDomain = work ? companyDomain(rng, country, company) : consumerDomain(rng, country);
  const phone = phoneNumber(rng, city);
  const house = seed.houseNumber ?? houseNumber(rng);
  const street = seed.street ?? streetLine(rng);
  const unit = unitFor(rng, business);
  const zip = seed.zip ?? postalCode(rng, country, city);
  const deal = makeDeal(rng, ctx, country, region, city, business, mask);
  return {
    country,
    region,
    city,
    first,
    last,
    emailLocal: local,
    emailDomain,
    phone,
    houseNumber: house,
    street,
    unit,
    zip,
    business,
    company,
    workEmail: work,
    deal,
    alt: null,
    email: '',
    address: '',
    account: '',
  };
}

/** `123 Elm Street Apt 4`. */
export const addressLine = (p: Profile): string =>
  p.unit ? `${p.houseNumber} ${p.street} ${p.unit}` : `${p.houseNumber} ${p.street}`;
