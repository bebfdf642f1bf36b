import { houseNumberOf } from './internal/address-tokens';
import { fullNameOf, nameOf } from './internal/party-core';
import { normalizeEmail } from './normalize-email';
import type { NormalizedParty } from './normalize-party';
import { normalizePhone } from './normalize-phone';
import { normalizeZip } from './normalize-zip';
import type { PartyRecord } from './party-record';

/**
 * The fields of a {@link NormalizedParty} that identify a party and block it (email, phone, names, zip,
 * house number): what a caller needs of every record before it knows which records it will compare.
 */
export type PartyKeys = Pick<
  NormalizedParty,
  'email' | 'phone' | 'firstName' | 'lastName' | 'fullName' | 'zip' | 'houseNumber'
>;

/**
 * The key fields of `normalizeParty(r)`, each equal to it, without the costlier rest (address tokens,
 * company, sorted name, Double Metaphone codes): only the first address token is folded, for the house
 * number. Complete the party with `completeParty(r, keys)` once it is compared.
 *
 * @example
 * const keys = normalizePartyKeys({ first_name: 'Bob', last_name: 'Smith', address: '12 Main St.' });
 * keys.fullName; // 'bob smith'
 * keys.houseNumber; // '12'
 */
export function normalizePartyKeys(r: PartyRecord): PartyKeys {
  return partyKeysOf(r.first_name, r.last_name, r.email, r.phone, r.zip, r.address);
}

/**
 * `normalizePartyKeys` of a party given field by field (a missing field `null`, `undefined` or `''`): for callers
 * that hold parties as columns (`PartyColumns`) rather than as objects.
 */
export function partyKeysOf(
  first: string | null | undefined,
  last: string | null | undefined,
  email: string | null | undefined,
  phone: string | null | undefined,
  zip: string | null | undefined,
  address: string | null | undefined,
): PartyKeys {
  const firstName = first ? nameOf(first) : '';
  const lastName = last ? nameOf(last) : '';
  return {
    email: email ? normalizeEmail(email) : null,
    phone: phone ? (normalizePhone(phone)?.national ?? null) : null,
    firstName,
    lastName,
    fullName: fullNameOf(firstName, lastName),
    zip: zip ? normalizeZip(zip) : '',
    houseNumber: address ? houseNumberOf(address) : '',
  };
}
