import { addressTokens } from './internal/address-tokens';
import { NO_NAME, NO_TOKENS, codesOf, companyMemo, join, namePartMemo, sortedName } from './internal/party-core';
import { unique } from './internal/tokens';
import type { NormalizedParty } from './normalize-party';
import type { PartyKeys } from './normalize-party-keys';
import type { PartyRecord } from './party-record';

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
  const first = r.first_name ? namePartMemo(r.first_name) : NO_NAME;
  const last = r.last_name ? namePartMemo(r.last_name) : NO_NAME;
  let address = '';
  let tokens: readonly string[] = NO_TOKENS;
  if (r.address) {
    const list = addressTokens(r.address);
    address = join(list);
    tokens = unique(list);
  }
  return {
    email: keys.email,
    phone: keys.phone,
    firstName: keys.firstName,
    lastName: keys.lastName,
    fullName: keys.fullName,
    fullNameSorted: sortedName(first.tokens, last.tokens, keys.fullName),
    firstMetaphone: codesOf(first),
    lastMetaphone: codesOf(last),
    address,
    addressTokens: tokens,
    houseNumber: keys.houseNumber,
    zip: keys.zip,
    company: r.company ? companyMemo(r.company) : '',
  };
}
