import type { Rng } from '@synth/random';
import type { ContactVariation } from '../generation-options';
import { companyDomain, consumerDomain, emailLocal, phoneNumber, postalCode, workEmailLocal } from './contact';
import { DAYS_PER_YEAR, drawChangeYears } from './change-time';
import {
  addressLine,
  houseNumber,
  streetLine,
  unitFor,
  type Alternates,
  type NewAddress,
  type Profile,
} from './profile';
import type { City, Region } from './tables/geo';

/** What one record shows of its entity's contacts: the primary ones, or some alternates. */
export interface ContactView {
  email: string;
  phone: string;
  address: string;
  city: City;
  region: Region;
  zip: string;
  /** leads.company: the company of a business customer, else `''`. */
  company: string;
  /** sales/financial account when it is a company; `''` means the person's full name (built only when rendered). */
  account: string;
}

/**
 * The entity's primary contacts (what its canonical record shows): the profile itself, once its email,
 * address line and account are filled in (no object per entity). Call when the profile is final.
 */
export function primaryView(p: Profile): ContactView {
  p.email = `${p.emailLocal}@${p.emailDomain}`;
  p.address = addressLine(p);
  p.account = p.business ? p.company : '';
  if (!p.business) p.company = '';
  return p;
}

/**
 * Draws an entity's alternates (call once per entity with 2+ records, whose records are dated from
 * `firstDay`, the canonical record, to `lastDay`): a second email (personal for someone whose primary is a
 * work address, work for a business customer with a personal one, else a second personal address), a second
 * phone in the same city, and the days of a move and of a phone-number change, drawn from their annual rates
 * so that P(changed by Δt) = 1 − (1 − rate)^Δt. A new address or number is drawn only when the change falls
 * on or before `lastDay`. Null when nothing varies.
 */
export function drawAlternates(
  rng: Rng,
  p: Profile,
  v: ContactVariation,
  firstDay: number,
  lastDay: number,
): Alternates | null {
  let email = '';
  if (rng.next() < v.secondEmail) {
    const primary = `${p.emailLocal}@${p.emailDomain}`;
    if (p.business && !p.workEmail)
      email = `${workEmailLocal(rng, p.first, p.last)}@${companyDomain(rng, p.country, p.company)}`;
    else {
      const local = emailLocal(rng, p.first, p.last); // before the domain: the order the rng is drawn in
      email = `${local}@${consumerDomain(rng, p.country, p.workEmail ? undefined : p.emailDomain)}`;
    }
    if (email === primary) email = '';
  }
  let phone = rng.next() < v.secondPhone ? phoneNumber(rng, p.city) : '';
  if (phone === p.phone) phone = '';
  const moveDay = firstDay + Math.ceil(drawChangeYears(rng, v.annualMoveRate) * DAYS_PER_YEAR);
  const phoneDay = firstDay + Math.ceil(drawChangeYears(rng, v.annualPhoneChange) * DAYS_PER_YEAR);
  let moved: NewAddress | null = null;
  if (moveDay <= lastDay) {
    const cities = p.region.cities;
    const other = cities.length > 1 && rng.next() < v.movedCity;
    let city = p.city;
    if (other) while (city === p.city) city = cities[Math.floor(rng.next() * cities.length)];
    const unit = unitFor(rng, false);
    const line = `${houseNumber(rng)} ${streetLine(rng)}`;
    moved = {
      region: p.region,
      city,
      zip: postalCode(rng, p.country, city),
      line: unit ? `${line} ${unit}` : line,
      phone: other ? phoneNumber(rng, city) : '',
    };
  }
  let newPhone = phoneDay <= lastDay ? phoneNumber(rng, p.city) : '';
  if (newPhone === p.phone) newPhone = '';
  if (!email && !phone && !moved && !newPhone) return null;
  return {
    email,
    phone,
    moved,
    moveDay: moved ? moveDay : Infinity,
    newPhone,
    phoneDay: newPhone ? phoneDay : Infinity,
  };
}

/** The primary contact fields of a profile, saved while a record shows alternates. */
export type SavedContacts = ContactView;

/** A scratch `SavedContacts` (one per chunk render). */
export const savedContacts = (p: Profile): SavedContacts => ({
  email: p.email,
  phone: p.phone,
  address: p.address,
  city: p.city,
  region: p.region,
  zip: p.zip,
  company: p.company,
  account: p.account,
});

/** Copies the contact fields from one holder to another (a profile and its saved primary contacts). */
function copyContacts(from: SavedContacts, to: SavedContacts): void {
  to.email = from.email;
  to.phone = from.phone;
  to.address = from.address;
  to.city = from.city;
  to.region = from.region;
  to.zip = from.zip;
  to.company = from.company;
  to.account = from.account;
}

/** Puts the primary contacts saved by `showAlternates` back. */
export function restoreContacts(p: Profile, s: SavedContacts): void {
  copyContacts(s, p);
}

/**
 * Lets the profile show what one non-canonical record, dated `day`, shows: the address after a move when
 * `day` is on or after the move (a move to another city brings a phone there, so area codes stay consistent),
 * the new number after a phone change likewise, the second email and, apart, the second phone each with chance
 * `showAlternate`, a business customer as the person with chance `personalAccount`. The profile itself is
 * changed (no object per record, one shape for every renderer): when this returns true, render the record,
 * then `restoreContacts(p, saved)`.
 */
export function showAlternates(p: Profile, saved: SavedContacts, rng: Rng, v: ContactVariation, day: number): boolean {
  const a = p.alt;
  let email = false;
  let phone = false;
  let moved: NewAddress | null = null;
  let newPhone = false;
  if (a) {
    email = a.email !== '' && rng.next() < v.showAlternate;
    phone = a.phone !== '' && rng.next() < v.showAlternate;
    moved = a.moved !== null && day >= a.moveDay ? a.moved : null;
    newPhone = a.newPhone !== '' && day >= a.phoneDay;
  }
  const personal = p.business && rng.next() < v.personalAccount;
  if (!email && !phone && !moved && !newPhone && !personal) return false;
  copyContacts(p, saved);
  if (a && email) p.email = a.email;
  if (a && newPhone) p.phone = a.newPhone;
  if (a && phone) p.phone = a.phone;
  if (moved) {
    p.address = moved.line;
    p.city = moved.city;
    p.region = moved.region;
    p.zip = moved.zip;
    if (moved.phone) p.phone = moved.phone;
  }
  if (personal) {
    p.company = '';
    p.account = '';
  }
  return true;
}
