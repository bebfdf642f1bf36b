import { doubleMetaphone } from './double-metaphone';
import { splitTokens, unique } from './internal/tokens';
import { normalizeAddress } from './normalize-address';
import { normalizeCompany } from './normalize-company';
import { normalizeEmail, type NormalizedEmail } from './normalize-email';
import { normalizeName } from './normalize-name';
import { normalizePhone } from './normalize-phone';
import { normalizeZip } from './normalize-zip';
import type { PartyRecord } from './party-record';

/** A {@link PartyRecord} with every field normalised once, for callers that compare it many times. */
export interface NormalizedParty {
  readonly email: NormalizedEmail | null;
  /** 10 national digits, `null` when missing or not a plausible NANP number. */
  readonly phone: string | null;
  readonly firstName: string;
  readonly lastName: string;
  /** `first last` (either may be missing). */
  readonly fullName: string;
  /** The name tokens sorted, for the order-insensitive name comparison. */
  readonly fullNameSorted: string;
  readonly firstMetaphone: readonly [string, string];
  readonly lastMetaphone: readonly [string, string];
  readonly address: string;
  /** Distinct tokens of the normalised address. */
  readonly addressTokens: readonly string[];
  /** First address token when it starts with a digit, else `''`. */
  readonly houseNumber: string;
  readonly zip: string;
  readonly company: string;
}

const EMPTY_CODES: readonly [string, string] = Object.freeze(['', ''] as [string, string]);

function str(v: string | null | undefined): string {
  return v == null ? '' : v;
}

function sortedName(full: string): string {
  if (full.indexOf(' ') < 0) return full;
  return splitTokens(full).sort().join(' ');
}

/**
 * Normalises every field of a party once (email, phone, names with Double Metaphone codes,
 * address tokens and house number, zip, company). Pass the result to `pairFeaturesNormalized`.
 *
 * @example
 * const n = normalizeParty({ first_name: 'Bob', last_name: 'Smith', email: 'Bob.Smith@GoogleMail.com' });
 * n.email?.email; // 'bobsmith@gmail.com'
 */
export function normalizeParty(r: PartyRecord): NormalizedParty {
  const firstName = normalizeName(str(r.first_name));
  const lastName = normalizeName(str(r.last_name));
  const fullName = firstName === '' ? lastName : lastName === '' ? firstName : firstName + ' ' + lastName;
  const address = normalizeAddress(str(r.address));
  const addressTokens = address === '' ? [] : unique(splitTokens(address));
  const first = addressTokens.length > 0 ? addressTokens[0] : '';
  const c = first.charCodeAt(0);
  return {
    email: r.email ? normalizeEmail(r.email) : null,
    phone: r.phone ? (normalizePhone(r.phone)?.national ?? null) : null,
    firstName,
    lastName,
    fullName,
    fullNameSorted: sortedName(fullName),
    firstMetaphone: firstName === '' ? EMPTY_CODES : doubleMetaphone(firstName),
    lastMetaphone: lastName === '' ? EMPTY_CODES : doubleMetaphone(lastName),
    address,
    addressTokens,
    houseNumber: c >= 48 && c <= 57 ? first : '',
    zip: normalizeZip(str(r.zip)),
    company: normalizeCompany(str(r.company)),
  };
}
