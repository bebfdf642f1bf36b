import type { Rng } from '@synth/random';
import type { ContactVariation } from '../generation-options';
import { companyDomain, consumerDomain, emailLocal, phoneNumber, postalCode, workEmailLocal } from './contact';
import { addressLine, houseNumber, streetLine, unitFor, type Alternates, type Profile } from './profile';
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
  /** sales/financial account: the company of a business customer, else the person's name. */
  account: string;
}

/**
 * The entity's primary contacts (what its canonical record shows): the profile itself, once its email,
 * address line and account are filled in (no object per entity). Call when the profile is final.
 */
export function primaryView(p: Profile): ContactView {
  p.email = `${p.emailLocal}@${p.emailDomain}`;
  p.address = addressLine(p);
  p.account = p.business ? p.company : `${p.first} ${p.last}`;
  if (!p.business) p.company = '';
  return p;
}

/**
 * Draws an entity's alternates (call once per entity with 2+ records): a second email (personal for
 * someone whose primary is a work address, work for a business customer with a personal one, else a
 * second personal address), a second phone in the same city, a previous address. Null when none.
 */
export function drawAlternates(rng: Rng, p: Profile, v: ContactVariation): Alternates | null {
  let email = '';
  if (rng.next() < v.secondEmail) {
    const primary = `${p.emailLocal}@${p.emailDomain}`;
    if (p.business && !p.workEmail) email = `${workEmailLocal(rng, p.first, p.last)}@${companyDomain(rng, p.country, p.company)}`;
    else email = `${emailLocal(rng, p.first, p.last)}@${consumerDomain(rng, p.country, p.workEmail ? undefined : p.emailDomain)}`;
    if (email === primary) email = '';
  }
  let phone = rng.next() < v.secondPhone ? phoneNumber(rng, p.city) : '';
  if (phone === p.phone) phone = '';
  let prev: Alternates['prev'] = null;
  if (rng.next() < v.previousAddress) {
    const cities = p.region.cities;
    const other = cities.length > 1 && rng.next() < v.movedCity;
    let city = p.city;
    if (other) while (city === p.city) city = cities[Math.floor(rng.next() * cities.length)];
    const unit = unitFor(rng, false);
    const line = `${houseNumber(rng)} ${streetLine(rng)}`;
    prev = { region: p.region, city, zip: postalCode(rng, p.country, city), line: unit ? `${line} ${unit}` : line, phone: other ? phoneNumber(rng, city) : '' };
  }
  return email || phone || prev ? { email, phone, prev } : null;
}

const copyView = (v: ContactView): ContactView => ({
  email: v.email,
  phone: v.phone,
  address: v.address,
  city: v.city,
  region: v.region,
  zip: v.zip,
  company: v.company,
  account: v.account,
});

/**
 * The view of one non-canonical record: each alternate shown with chance `showAlternate` (a previous
 * address in another city brings its old phone, so area codes stay consistent), and a business customer
 * shown as the person with chance `personalAccount`. Returns `primary` itself when nothing changes.
 */
export function recordView(p: Profile, primary: ContactView, rng: Rng, v: ContactVariation): ContactView {
  let view = primary;
  const a = p.alt;
  if (a) {
    const email = a.email !== '' && rng.next() < v.showAlternate;
    const phone = a.phone !== '' && rng.next() < v.showAlternate;
    const prev = a.prev !== null && rng.next() < v.showAlternate ? a.prev : null;
    if (email || phone || prev) {
      view = copyView(primary);
      if (email) view.email = a.email;
      if (phone) view.phone = a.phone;
      if (prev) {
        view.address = prev.line;
        view.city = prev.city;
        view.region = prev.region;
        view.zip = prev.zip;
        if (prev.phone) view.phone = prev.phone;
      }
    }
  }
  if (p.business && rng.next() < v.personalAccount) {
    if (view === primary) view = copyView(primary);
    view.company = '';
    view.account = `${p.first} ${p.last}`;
  }
  return view;
}
