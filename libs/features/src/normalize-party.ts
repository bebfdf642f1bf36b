import type { NormalizedEmail } from './normalize-email';
import { normalizePartyCore } from './internal/party-core';
import type { PartyRecord } from './party-record';

/** A {@link PartyRecord} with every field normalised once, for callers that compare it many times. */
export interface NormalizedParty {
  readonly email: NormalizedEmail | null;
  /** 10 national digits, `null` when missing or not a plausible NANP number. */
  readonly phone: string | null;
  /** `normalizeName(first_name)`, `''` when missing. */
  readonly firstName: string;
  readonly lastName: string;
  /** `first last` (either may be missing). */
  readonly fullName: string;
  /** The name tokens sorted, for the order-insensitive name comparison. */
  readonly fullNameSorted: string;
  /** Double Metaphone codes of `firstName`; `null` = not precomputed (computed when needed). */
  readonly firstMetaphone: readonly [string, string] | null;
  readonly lastMetaphone: readonly [string, string] | null;
  /** `normalizeAddress(address)`. */
  readonly address: string;
  /** Distinct tokens of the normalised address. */
  readonly addressTokens: readonly string[];
  /** First address token when it starts with a digit, else `''`. */
  readonly houseNumber: string;
  /** `normalizeZip(zip)`. */
  readonly zip: string;
  /** `normalizeCompany(company)`. */
  readonly company: string;
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
  return normalizePartyCore(r, true);
}
