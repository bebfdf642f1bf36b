import { doubleMetaphone } from '../double-metaphone';
import { normalizeCompany } from '../normalize-company';
import { normalizeEmail } from '../normalize-email';
import type { NormalizedParty } from '../normalize-party';
import { normalizePhone } from '../normalize-phone';
import { normalizeZip } from '../normalize-zip';
import type { PartyRecord } from '../party-record';
import { addressTokens, startsWithDigit } from './address-tokens';
import { foldTokens } from './fold';
import { frontCache } from './front-cache';
import { memoize } from './memo';
import { unique } from './tokens';

/** No tokens (a missing name or address). */
export const NO_TOKENS: readonly string[] = Object.freeze([]);
const EMPTY_CODES: readonly [string, string] = Object.freeze(['', ''] as [string, string]);

/**
 * `first last` of two normalised names, either of which may be empty. Built as one flat string: V8 makes a
 * concatenation of 13 or more characters a rope, which every later read (Jaro-Winkler, equality, hashing) must
 * flatten or walk, and a full name is read many times (blocking, hard negatives, features).
 */
export function fullNameOf(first: string, last: string): string {
  if (first === '') return last;
  if (last === '') return first;
  return first.length + last.length < 12 ? first + ' ' + last : [first, last].join(' ');
}

/** Tokens joined by single spaces (the one token itself: no new string). */
export function join(tokens: readonly string[]): string {
  return tokens.length === 1 ? tokens[0] : tokens.join(' ');
}

/** The name tokens sorted and joined (`full` itself when already in order): the order-insensitive full name. */
export function sortedName(first: readonly string[], last: readonly string[], full: string): string {
  const n = first.length + last.length;
  if (n < 2) return full;
  if (n === 2) {
    const x = first.length === 2 ? first[0] : first.length === 1 ? first[0] : last[0];
    const y = first.length === 2 ? first[1] : last.length === 2 ? last[1] : last[0];
    return x <= y ? full : y + ' ' + x;
  }
  return first.concat(last).sort().join(' ');
}

/**
 * Entries per memo: a block of records holds some 6,000 distinct name parts and fewer company names, so a
 * smaller memo would be emptied over and over within one block (each miss costs far more than the lookup),
 * while a bounded one keeps the names of only a few blocks alive.
 */
const MEMO_SIZE = 1 << 14;
const metaphoneMemo = frontCache(memoize((name: string) => Object.freeze(doubleMetaphone(name)), MEMO_SIZE));
export const companyMemo = memoize(normalizeCompany, MEMO_SIZE);

/** Double Metaphone codes of a normalised name (`['', '']` when empty), memoised: names repeat. */
export function metaphoneOf(name: string): readonly [string, string] {
  return name === '' ? EMPTY_CODES : metaphoneMemo(name);
}

/** A raw first or last name normalised once: its tokens, their joined text, its codes once asked for. */
export interface NamePart {
  readonly tokens: readonly string[];
  /** The tokens joined by one space: `normalizeName` of the raw name. */
  readonly name: string;
  /** Double Metaphone codes of `name`, filled in by {@link codesOf}. */
  codes: readonly [string, string] | null;
}

/** The {@link NamePart} of a missing name. */
export const NO_NAME: NamePart = Object.freeze({ tokens: NO_TOKENS, name: '', codes: EMPTY_CODES });
/** The {@link NamePart} of a raw first or last name, memoised. */
export const namePartMemo = memoize((raw: string): NamePart => {
  const tokens = Object.freeze(foldTokens(raw));
  return { tokens, name: join(tokens), codes: null };
}, MEMO_SIZE);

/**
 * `normalizeName(raw)` of a raw first or last name that is not empty. A name of ASCII letters only (nearly all)
 * is its lower case, at less cost than a memo lookup (whose hash table and stored names are seldom in cache);
 * any other goes through {@link namePartMemo}.
 */
export function nameOf(raw: string): string {
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return namePartMemo(raw).name;
  }
  return raw.toLowerCase();
}

function codesOf(part: NamePart): readonly [string, string] {
  return (part.codes ??= metaphoneOf(part.name));
}

/**
 * Normalises a party. The raw-record path (`pairFeatures`) passes `phonetic = false`, leaving the
 * Double Metaphone codes `null` for `pairFeaturesNormalized` to compute only when a comparison needs
 * them; `other`, so that fields missing there (whose features are `null` anyway) are skipped; and, for
 * the second record, the first one raw and normalised (`twin`, `twinN`), whose values are reused for
 * fields with identical raw text (common in duplicates). None of this changes a result.
 */
export function normalizePartyCore(
  r: PartyRecord,
  phonetic: boolean,
  other?: PartyRecord,
  twin?: PartyRecord,
  twinN?: NormalizedParty,
): NormalizedParty {
  const o = other ?? r;
  const t = twin !== undefined && twinN !== undefined;
  let firstName: string;
  let lastName: string;
  let fullName: string;
  let fullNameSorted: string;
  let firstCodes: readonly [string, string] | null = null;
  let lastCodes: readonly [string, string] | null = null;
  if (t && r.first_name === twin.first_name && r.last_name === twin.last_name) {
    ({ firstName, lastName, fullName, fullNameSorted } = twinN);
    if (phonetic) {
      firstCodes = metaphoneOf(firstName);
      lastCodes = metaphoneOf(lastName);
    }
  } else {
    const first = r.first_name ? namePartMemo(r.first_name) : NO_NAME;
    const last = r.last_name ? namePartMemo(r.last_name) : NO_NAME;
    firstName = first.name;
    lastName = last.name;
    fullName = fullNameOf(firstName, lastName);
    fullNameSorted = sortedName(first.tokens, last.tokens, fullName);
    if (phonetic) {
      firstCodes = codesOf(first);
      lastCodes = codesOf(last);
    }
  }
  let address = '';
  let tokens: readonly string[] = NO_TOKENS;
  let houseNumber = '';
  if (t && r.address === twin.address) {
    ({ address, addressTokens: tokens, houseNumber } = twinN);
  } else if (r.address && o.address) {
    const list = addressTokens(r.address);
    const first = list.length > 0 ? list[0] : '';
    address = join(list);
    tokens = unique(list);
    houseNumber = startsWithDigit(first) ? first : '';
  }
  return {
    email: t && r.email === twin.email ? twinN.email : r.email && o.email ? normalizeEmail(r.email) : null,
    phone:
      t && r.phone === twin.phone
        ? twinN.phone
        : r.phone && o.phone
          ? (normalizePhone(r.phone)?.national ?? null)
          : null,
    firstName,
    lastName,
    fullName,
    fullNameSorted,
    firstMetaphone: firstCodes,
    lastMetaphone: lastCodes,
    address,
    addressTokens: tokens,
    houseNumber,
    zip: t && r.zip === twin.zip ? twinN.zip : r.zip && o.zip ? normalizeZip(r.zip) : '',
    company: r.company && o.company ? companyMemo(r.company) : '',
  };
}
