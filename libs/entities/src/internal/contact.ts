import type { Rng } from '@synth/random';
import { BUSINESS_WORDS, CONSUMER_DOMAINS, LEGAL_SUFFIXES } from './tables/email-domains';
import type { City } from './tables/geo';
import { Weighted } from './weighted';
import { companySlug } from './company-slug';
import { slug } from './slug';

export { slug } from './slug';
import { decimal } from './decimal';

const domains = { US: Weighted.of(CONSUMER_DOMAINS.US), CA: Weighted.of(CONSUMER_DOMAINS.CA) };

/** With chance `p`, the digits some people add to an email (2 digits, or 3 to 4), else `''`. */
function emailDigits(rng: Rng, p: number): string {
  if (rng.next() >= p) return '';
  return decimal(rng.next() < 0.6 ? 10 + Math.floor(rng.next() * 90) : 100 + Math.floor(rng.next() * 9900));
}

/**
 * The local part of an email, from the patterns people use (first.last, flast, firstl, first_last, digits…).
 * Short patterns (initial + name) are usually taken at big providers, so they mostly carry digits.
 */
export function emailLocal(rng: Rng, first: string, last: string): string {
  const f = slug(first) || 'info';
  const l = slug(last) || 'mail';
  const u = rng.next();
  if (u < 0.2) return `${f}.${l}${emailDigits(rng, 0.2)}`;
  if (u < 0.3) return `${f}${l}${emailDigits(rng, 0.2)}`;
  if (u < 0.42) return `${f[0]}${l}${emailDigits(rng, 0.8)}`;
  if (u < 0.47) return `${f}${l[0]}${emailDigits(rng, 0.8)}`;
  if (u < 0.53) return `${f}_${l}${emailDigits(rng, 0.2)}`;
  if (u < 0.62) return `${f}.${l}${emailDigits(rng, 1)}`;
  if (u < 0.72) return `${f}${l}${emailDigits(rng, 1)}`;
  if (u < 0.78) return `${f}${decimal(100 + Math.floor(rng.next() * 900))}`;
  if (u < 0.82) return `${l}.${f}${emailDigits(rng, 0.3)}`;
  if (u < 0.87) return `${f[0]}.${l}${emailDigits(rng, 0.8)}`;
  if (u < 0.95) return `${f}${decimal(1955 + Math.floor(rng.next() * 50))}`;
  return `${l}${f[0]}${emailDigits(rng, 1)}`;
}

/**
 * A handle two people of one surname may each hold at different providers: the plain initial-and-surname or
 * first.last forms, never one with a birth year or random digits (`jsmith`, `j.smith`, `smithj`, `john.smith`).
 */
export function sharedHandle(rng: Rng, first: string, last: string): string {
  const f = slug(first) || 'info';
  const l = slug(last) || 'mail';
  const u = rng.next();
  if (u < 0.5) return `${f[0]}${l}`;
  if (u < 0.65) return `${f[0]}.${l}`;
  if (u < 0.75) return `${l}${f[0]}`;
  return `${f}.${l}`;
}

/** The local part of a work address at a company domain: no digits (first.last, flast, first, firstl). */
export function workEmailLocal(rng: Rng, first: string, last: string): string {
  const f = slug(first) || 'info';
  const l = slug(last) || 'office';
  const u = rng.next();
  if (u < 0.5) return `${f}.${l}`;
  if (u < 0.8) return `${f[0]}${l}`;
  if (u < 0.9) return f;
  return `${f}${l[0]}`;
}

/** A consumer email domain of the country, optionally different from `avoid`. */
export function consumerDomain(rng: Rng, country: 'US' | 'CA', avoid?: string): string {
  let d = domains[country].pick(rng);
  for (let i = 0; d === avoid && i < 8; i++) d = domains[country].pick(rng);
  return d === avoid ? (avoid === 'gmail.com' ? 'yahoo.com' : 'gmail.com') : d;
}

/** A plausible business customer name, e.g. `Harris Logistics LLC` or `Denver Roofing Co.`. */
export function companyName(rng: Rng, country: 'US' | 'CA', last: string, otherLast: string, city: string): string {
  const word = rng.pick(BUSINESS_WORDS);
  const legal = rng.pick(LEGAL_SUFFIXES[country]);
  const u = rng.next();
  if (u < 0.45) return `${last} ${word} ${legal}`;
  if (u < 0.6) return `${last} & ${otherLast} ${legal}`;
  if (u < 0.8) return `${city} ${word}`;
  if (u < 0.9) return `${last} & Sons ${word}`;
  return `${last} ${legal}`;
}

/** The web domain of a company: its name's letters without the legal suffix, `.com` or `.ca`. */
export function companyDomain(rng: Rng, country: 'US' | 'CA', company: string): string {
  const base = companySlug(company) || 'company';
  return `${base}.${country === 'CA' && rng.chance(0.6) ? 'ca' : 'com'}`;
}

/** The char code of a decimal digit drawn uniformly in `[min, 9]` (one draw). */
const digitCode = (rng: Rng, min = 0) => 48 + min + Math.floor(rng.next() * (10 - min));
const CODE_ONE = 49;
const CODE_TWO = 50;

/**
 * A NANP number in the city's area code, formatted `(AAA) EEE-LLLL`; exchanges avoid N11. The 14 characters are
 * made as one string (no intermediate strings per digit).
 */
export function phoneNumber(rng: Rng, city: City): string {
  const area = city.areaCodes.length === 1 ? city.areaCodes[0] : rng.pick(city.areaCodes);
  const e1 = digitCode(rng, 2);
  const e2 = digitCode(rng);
  let e3 = digitCode(rng);
  if (e2 === CODE_ONE && e3 === CODE_ONE) e3 = CODE_TWO;
  const l1 = digitCode(rng);
  const l2 = digitCode(rng);
  const l3 = digitCode(rng);
  const l4 = digitCode(rng);
  if (area.length !== 3) return `(${area}) ${String.fromCharCode(e1, e2, e3, 45, l1, l2, l3, l4)}`;
  const a = area.charCodeAt(0);
  const b = area.charCodeAt(1);
  const c = area.charCodeAt(2);
  return String.fromCharCode(40, a, b, c, 41, 32, e1, e2, e3, 45, l1, l2, l3, l4);
}

const CA_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ';
const caLetterCode = (rng: Rng): number => CA_LETTERS.charCodeAt(Math.floor(rng.next() * CA_LETTERS.length));

/**
 * US `12345` from the city's 3-digit prefix; CA `A1A 1A1` from the city's FSA letter and digit. Made as one
 * string when the prefix has its usual length (3 digits, or letter and digit).
 */
export function postalCode(rng: Rng, country: 'US' | 'CA', city: City): string {
  const prefix = city.prefix;
  if (country === 'US') {
    const n = 1 + Math.floor(rng.next() * 98);
    if (prefix.length !== 3) return `${prefix}${n < 10 ? '0' : ''}${n}`;
    const tens = 48 + Math.floor(n / 10);
    return String.fromCharCode(prefix.charCodeAt(0), prefix.charCodeAt(1), prefix.charCodeAt(2), tens, 48 + (n % 10));
  }
  const l1 = caLetterCode(rng);
  const d1 = digitCode(rng);
  const l2 = caLetterCode(rng);
  const d2 = digitCode(rng);
  if (prefix.length !== 2) return prefix + String.fromCharCode(l1, 32, d1, l2, d2);
  return String.fromCharCode(prefix.charCodeAt(0), prefix.charCodeAt(1), l1, 32, d1, l2, d2);
}
