import { doubleMetaphone } from '../double-metaphone';
import { normalizeCompany } from '../normalize-company';
import { normalizeEmail } from '../normalize-email';
import type { NormalizedParty } from '../normalize-party';
import { normalizePhone } from '../normalize-phone';
import { normalizeZip } from '../normalize-zip';
import type { PartyRecord } from '../party-record';
import { addressTokens } from './address-tokens';
import { foldTokens } from './fold';
import { unique } from './tokens';

const EMPTY_CODES: readonly [string, string] = Object.freeze(['', ''] as [string, string]);

function str(v: string | null | undefined): string {
  return v == null ? '' : v;
}

function join(tokens: string[]): string {
  return tokens.length === 1 ? tokens[0] : tokens.join(' ');
}

function sortedName(first: string[], last: string[], full: string): string {
  const n = first.length + last.length;
  if (n < 2) return full;
  if (n === 2) {
    const x = first.length === 2 ? first[0] : first.length === 1 ? first[0] : last[0];
    const y = first.length === 2 ? first[1] : last.length === 2 ? last[1] : last[0];
    return x <= y ? full : y + ' ' + x;
  }
  return first.concat(last).sort().join(' ');
}

/** Double Metaphone codes of a normalised name (`['', '']` when empty). */
export function metaphoneOf(name: string): readonly [string, string] {
  return name === '' ? EMPTY_CODES : doubleMetaphone(name);
}

/**
 * Normalises a party; with `phonetic = false` the Double Metaphone codes are left `null` for
 * `pairFeaturesNormalized` to compute only when a comparison needs them (the raw-record path).
 */
export function normalizePartyCore(r: PartyRecord, phonetic: boolean): NormalizedParty {
  const firstTokens = r.first_name ? foldTokens(r.first_name) : [];
  const lastTokens = r.last_name ? foldTokens(r.last_name) : [];
  const firstName = join(firstTokens);
  const lastName = join(lastTokens);
  const fullName = firstName === '' ? lastName : lastName === '' ? firstName : firstName + ' ' + lastName;
  const address = r.address ? addressTokens(r.address) : [];
  const first = address.length > 0 ? address[0] : '';
  const c = first.charCodeAt(0);
  return {
    email: r.email ? normalizeEmail(r.email) : null,
    phone: r.phone ? (normalizePhone(r.phone)?.national ?? null) : null,
    firstName,
    lastName,
    fullName,
    fullNameSorted: sortedName(firstTokens, lastTokens, fullName),
    firstMetaphone: phonetic ? metaphoneOf(firstName) : null,
    lastMetaphone: phonetic ? metaphoneOf(lastName) : null,
    address: join(address),
    addressTokens: unique(address),
    houseNumber: c >= 48 && c <= 57 ? first : '',
    zip: r.zip ? normalizeZip(r.zip) : '',
    company: normalizeCompany(str(r.company)),
  };
}
