import { addressTokens } from './internal/address-tokens';
import { NO_TOKENS, companyMemo, join, metaphoneOf, sortedName } from './internal/party-core';
import { unique } from './internal/tokens';
import type { NormalizedParty } from './normalize-party';
import type { PartyKeys } from './normalize-party-keys';
import type { PartyRecord } from './party-record';

/** A normalised name's tokens: it is its tokens joined by single spaces. */
const tokensOf = (name: string): readonly string[] => (name === '' ? NO_TOKENS : name.split(' '));

/** The sorted full name from the normalised names, without splitting them in the usual one-token case. */
function sortedNameOf(first: string, last: string, full: string): string {
  if (first === '' || last === '' || first.indexOf(' ') >= 0 || last.indexOf(' ') >= 0) {
    return sortedName(tokensOf(first), tokensOf(last), full);
  }
  return first <= last ? full : last + ' ' + first;
}

/**
 * `normalizeParty(r)` from the party's keys (`normalizePartyKeys(r)`, or equal values), which are taken as
 * they are: only the rest (address tokens, company, sorted name, Double Metaphone codes) is computed. Lets a
 * caller normalise every record's keys up front and complete only the records it compares.
 *
 * @example
 * const keys = normalizePartyKeys(r); // every record: blocking, definitions
 * const party = completeParty(r, keys); // compared records only
 * pairFeaturesNormalized(party, normalizeParty(other)); // the same vector as with normalizeParty(r)
 */
export function completeParty(r: PartyRecord, keys: PartyKeys): NormalizedParty {
  return completePartyOf(r.address, r.company, keys);
}

/**
 * `completeParty` of a party given by its raw address and company (a missing one `null`, `undefined` or `''`)
 * and its keys: for callers that hold parties as columns (`PartyColumns`) rather than as objects.
 */
export function completePartyOf(
  rawAddress: string | null | undefined,
  rawCompany: string | null | undefined,
  keys: PartyKeys,
): NormalizedParty {
  let address = '';
  let tokens: readonly string[] = NO_TOKENS;
  if (rawAddress) {
    const list = addressTokens(rawAddress);
    address = join(list);
    tokens = unique(list);
  }
  return {
    email: keys.email,
    phone: keys.phone,
    firstName: keys.firstName,
    lastName: keys.lastName,
    fullName: keys.fullName,
    fullNameSorted: sortedNameOf(keys.firstName, keys.lastName, keys.fullName),
    firstMetaphone: metaphoneOf(keys.firstName),
    lastMetaphone: metaphoneOf(keys.lastName),
    address,
    addressTokens: tokens,
    houseNumber: keys.houseNumber,
    zip: keys.zip,
    company: rawCompany ? companyMemo(rawCompany) : '',
  };
}
