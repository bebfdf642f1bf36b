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
  const firstName = r.first_name ? nameOf(r.first_name) : '';
  const lastName = r.last_name ? nameOf(r.last_name) : '';
  return {
    email: r.email ? normalizeEmail(r.email) : null,
    phone: r.phone ? (normalizePhone(r.phone)?.national ?? null) : null,
    firstName,
    lastName,
    fullName: fullNameOf(firstName, lastName),
    zip: r.zip ? normalizeZip(r.zip) : '',
    houseNumber: r.address ? houseNumberOf(r.address) : '',
  };
}
