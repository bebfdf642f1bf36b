import { nicknamesOf } from '@synth/features';
import type { Rng } from '@synth/random';
import { companyDomain, companyName, consumerDomain, workEmailLocal } from './contact';
import type { GenContext } from './context';
import { firstName, lastName } from './names';
import { makeProfile, type Profile, type ProfileSeed } from './profile';

const sameEmail = (p: Profile, t: Profile) => p.emailLocal === t.emailLocal && p.emailDomain === t.emailDomain;
const nicknameSets = new Map<string, ReadonlySet<string>>();

/** The nicknames of a first name (both directions), memoised: first names come from a finite list. */
function nicknameSet(first: string): ReadonlySet<string> {
  let set = nicknameSets.get(first);
  if (!set) {
    set = new Set(nicknamesOf(first));
    nicknameSets.set(first, set);
  }
  return set;
}
/**
 * A seed at `t`'s address (country, region, city, zip, house number, street) with the names given: one literal with
 * every part (`undefined` when not fixed), not a spread of the address into another object, which is slow.
 */
export const sameAddress = (t: Profile, first?: string, last?: string): ProfileSeed => ({
  country: t.country,
  region: t.region,
  city: t.city,
  zip: t.zip,
  houseNumber: t.houseNumber,
  street: t.street,
  first,
  last,
});

/** A first name other than `first` and none of its nicknames. */
function otherFirstName(rng: Rng, first: string): string {
  const nicks = nicknameSet(first);
  let f = firstName(rng);
  for (let i = 0; (f === first || nicks.has(f)) && i < 20; i++) f = firstName(rng);
  return f;
}

/** Keeps `p`'s email and phone apart from the target's (a different person never shares them by accident). */
function ownContacts(rng: Rng, p: Profile, t: Profile): void {
  if (sameEmail(p, t)) p.emailDomain = consumerDomain(rng, p.country, p.emailDomain);
  if (sameEmail(p, t)) p.emailLocal = `${p.emailLocal}${1 + Math.floor(rng.next() * 9)}`;
  if (p.phone === t.phone) p.phone = p.phone.slice(0, -1) + String((Number(p.phone.slice(-1)) + 1) % 10);
}

/**
 * Household member: same last name and address (unit included), another first name, often the
 * shared landline (60%), sometimes the family email (20%, when the target's is not a work address).
 */
export function householdMember(rng: Rng, ctx: GenContext, mask: number, t: Profile): Profile {
  const p = makeProfile(rng, ctx, mask, sameAddress(t, otherFirstName(rng, t.first), t.last));
  p.unit = t.unit;
  ownContacts(rng, p, t);
  if (rng.next() < 0.6) p.phone = t.phone;
  if (!t.workEmail && rng.next() < 0.2) {
    p.emailLocal = t.emailLocal;
    p.emailDomain = t.emailDomain;
    p.workEmail = false;
  }
  return p;
}

/**
 * Chance that the son of a Jr./Sr. pair has the generational suffix on file (`Smith Jr.`), as forms often ask
 * for it.
 */
export const JUNIOR_SUFFIX_SHARE = 0.5;

/**
 * Parent or child of the same full name (Jr./Sr.) at the same address, with their own email and phone; the
 * son's surname carries `Jr.` with chance {@link JUNIOR_SUFFIX_SHARE} (his email keeps the plain name).
 */
export function juniorSenior(rng: Rng, ctx: GenContext, mask: number, t: Profile): Profile {
  const p = makeProfile(rng, ctx, mask, sameAddress(t, t.first, t.last));
  p.unit = t.unit;
  ownContacts(rng, p, t);
  if (rng.next() < JUNIOR_SUFFIX_SHARE) p.last = `${t.last} Jr.`;
  return p;
}

/**
 * Namesake in the same city: same last name, same first name (60%, or always when `sameFirst`) or a nickname of
 * it, own address and contacts.
 */
export function namesake(rng: Rng, ctx: GenContext, mask: number, t: Profile, sameFirst = false): Profile {
  const nicks = sameFirst ? [] : [...nicknameSet(t.first)];
  const first = nicks.length === 0 || rng.next() < 0.6 ? t.first : nicks[Math.floor(rng.next() * nicks.length)];
  const p = makeProfile(rng, ctx, mask, { country: t.country, region: t.region, city: t.city, first, last: t.last });
  ownContacts(rng, p, t);
  return p;
}

/** A unit in a shared building: a suite for a business customer, else an apartment (`Apt 304`). */
export function buildingUnit(rng: Rng, business: boolean): string {
  const floor = 1 + Math.floor(rng.next() * 12);
  const door = 1 + Math.floor(rng.next() * 20);
  return business ? `Suite ${floor * 100 + door}` : `Apt ${floor}${door < 10 ? '0' : ''}${door}`;
}

/**
 * Neighbour in a shared building (apartment block, office building): same street address and zip, own unit,
 * name and contacts.
 */
export function neighbour(rng: Rng, ctx: GenContext, mask: number, t: Profile): Profile {
  const p = makeProfile(rng, ctx, mask, sameAddress(t));
  p.unit = buildingUnit(rng, p.business);
  ownContacts(rng, p, t);
  return p;
}

/**
 * Coworker: another person at the same company and office (address, suite) with a work email at the
 * company's domain and, 70% of the time, the main office phone. A target that was a private customer
 * becomes a business customer (a home office) first.
 */
export function coworker(rng: Rng, ctx: GenContext, mask: number, t: Profile): Profile {
  if (!t.business) {
    t.business = true;
    t.company = companyName(rng, t.country, t.last, lastName(rng, t.region), t.city.name);
  }
  const p = makeProfile(rng, ctx, mask, sameAddress(t, otherFirstName(rng, t.first)));
  p.unit = t.unit;
  p.business = true;
  p.company = t.company;
  p.workEmail = true;
  p.emailLocal = workEmailLocal(rng, p.first, p.last);
  p.emailDomain = t.workEmail ? t.emailDomain : companyDomain(rng, t.country, t.company);
  if (sameEmail(p, t)) p.emailLocal = `${p.emailLocal}${p.last[0].toLowerCase()}`;
  p.phone = rng.next() < 0.7 ? t.phone : p.phone;
  if (p.phone === t.phone && p.first === t.first && p.last === t.last) p.first = otherFirstName(rng, t.first);
  return p;
}
