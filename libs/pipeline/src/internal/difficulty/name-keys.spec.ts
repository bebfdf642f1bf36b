import type { PartyRecord } from '@synth/features';
import { isNameOnlyPair } from './is-name-only-pair';
import { matchKeys } from './match-keys';
import { namesDiffer } from './names-differ';

describe(matchKeys, () => {
  it.each<[PartyRecord, { email: string; phone: string; houseZip: string }]>([
    [
      { email: 'Jo.Ann_Lee+cars@x.com', phone: '+1 (555) 123-4567', address: '12 Elm St', zip: 'K1A 0B1' },
      { email: 'joannlee', phone: '5551234567', houseZip: '12|k1a' },
    ],
    [
      { email: 'no-at-sign', phone: '123-4567', address: 'Apt 4, 12 Elm St', zip: '90210-1234' },
      { email: 'no-at-sign', phone: '1234567', houseZip: '' },
    ],
    [
      { email: '+tag@x.com', phone: 'n/a', address: '  7 Oak Ave', zip: '' },
      { email: '', phone: '', houseZip: '' },
    ],
    [
      { email: null, phone: null, address: null, zip: '10001' },
      { email: '', phone: '', houseZip: '' },
    ],
    [
      { address: '4124 Ratke Dale Apt 6', zip: '85010' },
      { email: '', phone: '', houseZip: '4124|850' },
    ],
  ])('should key %j as %j', (party, keys) => {
    expect(matchKeys(party)).toEqual(keys);
  });
});

describe(isNameOnlyPair, () => {
  const base: PartyRecord = {
    first_name: 'Ann',
    last_name: 'Lee',
    email: 'ann.lee@a.com',
    phone: '555-123-4567',
    address: '12 Elm St',
    zip: '10001',
  };
  const noContact = { email: 'x@y.z', phone: '' };
  const moved = { address: '9 Oak St' };
  it.each<[string, PartyRecord, boolean]>([
    ['the email local part at another domain', { ...base, ...moved, phone: '', email: 'annlee+x@b.org' }, false],
    ['the phone with a country code', { ...base, ...moved, email: 'x@y.z', phone: '+1 555 123 4567' }, false],
    ['the house number and postal prefix', { ...base, ...noContact, address: '12 Elm St Apt 2', zip: '10002' }, false],
    ['the same house number in another postal area', { ...base, ...noContact, zip: '20001' }, true],
    ['nothing but the name', { ...base, email: 'other@a.com', phone: '555-000-0000', address: '9 Oak St' }, true],
  ])('should tell %s', (_, other, expected) => {
    expect(isNameOnlyPair(base, other)).toBe(expected);
  });

  it('should never let an empty key agree with an empty one', () => {
    expect(isNameOnlyPair({ first_name: 'Ann' }, { first_name: 'Ann' })).toBe(true);
    const keyless = { email: '@a.com', phone: '--', address: 'Elm St', zip: '1' };
    expect(isNameOnlyPair(keyless, { ...keyless })).toBe(true);
  });
});

describe(namesDiffer, () => {
  it.each<[PartyRecord, PartyRecord, boolean]>([
    [{ first_name: 'ANN', last_name: 'Lee' }, { first_name: 'ann', last_name: 'lee' }, false],
    [{ first_name: 'Ann', last_name: 'Lee' }, { first_name: 'Anne', last_name: 'Lee' }, true],
    [{ first_name: 'Ann', last_name: 'Lee' }, { first_name: 'Ann', last_name: 'Lee-Park' }, true],
    [{ first_name: 'Ann', last_name: 'Lee' }, { first_name: 'Ann ', last_name: 'Lee' }, true],
    [{ first_name: '', last_name: 'Lee' }, { first_name: '', last_name: 'Lee' }, true],
  ])('should compare %j and %j: differ %s', (a, b, expected) => {
    expect(namesDiffer(a, b)).toBe(expected);
  });
});
