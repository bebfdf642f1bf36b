import fc from 'fast-check';
import { completeParty } from './complete-party';
import { normalizeParty } from './normalize-party';
import { normalizePartyKeys } from './normalize-party-keys';
import type { PartyRecord } from './party-record';
import { partyArbitrary } from './testing-internal/party-arbitrary';

/** Addresses around the house-number rules: ordinals, '#', dropped characters, accents, no digits. */
const addresses = [
  '12 North Main Street Apt 4',
  'First Street',
  'fifth ave',
  "'12 Elm",
  "1'2 Elm",
  "' . 12 Elm",
  '#4 Main',
  ' 12B Elm',
  '１２ Main',
  'Élan 7',
  '7 Élan',
  'N 5th St',
  '',
  '  ',
];

describe('normalizePartyKeys and completeParty', () => {
  it('should give exactly the fields of normalizeParty', () => {
    fc.assert(
      fc.property(partyArbitrary, (r) => {
        const keys = normalizePartyKeys(r);
        const full = normalizeParty(r);
        expect(keys).toEqual({
          email: full.email,
          phone: full.phone,
          firstName: full.firstName,
          lastName: full.lastName,
          fullName: full.fullName,
          zip: full.zip,
          houseNumber: full.houseNumber,
        });
        expect(completeParty(r, keys)).toEqual(full);
      }),
      { numRuns: 2000 },
    );
  });

  it.each(addresses)('should read the house number of %j as normalizeParty does', (address) => {
    const r: PartyRecord = { address };
    expect(normalizePartyKeys(r).houseNumber).toBe(normalizeParty(r).houseNumber);
  });

  it('should take the keys as given and compute only the rest', () => {
    const r: PartyRecord = { first_name: 'Bob', last_name: 'Smith', address: '12 Main St. #4', company: 'Acme Inc.' };
    const keys = normalizePartyKeys(r);
    expect(keys.houseNumber).toBe('12');
    const party = completeParty(r, keys);
    expect(party.email).toBe(keys.email);
    expect(party.addressTokens).toEqual(normalizeParty(r).addressTokens);
    expect(party.company).toBe(normalizeParty(r).company);
  });
});
