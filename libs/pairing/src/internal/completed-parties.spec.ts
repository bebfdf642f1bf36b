import { normalizeParty, normalizePartyKeys } from '@synth/features';
import type { PartyRecord } from '@synth/features';
import { makeFixture } from '../testing-internal/make-fixture';
import type { PairingRecord } from '../types';
import { CompletedParties } from './completed-parties';
import { partyKeysOf, recordKeys } from './record-keys';

const odd: PartyRecord[] = [
  {},
  { email: 'not-an-email', phone: '123', address: '  ', zip: 'x' },
  { first_name: 'Bob', email: 'Bob.Smith+x@GoogleMail.com', phone: '+1 555 123 4567 x12', address: 'First St' },
  { last_name: "O'Neil", address: '#4 Main', company: 'Acme Inc.' },
];

describe(CompletedParties, () => {
  const records: PairingRecord[] = [
    ...makeFixture({ seed: 7, entities: 60 }),
    ...odd.map((party, i): PairingRecord => ({ source: 'leads', id: `X${i}`, entityId: `x${i}`, party })),
  ];
  const keys = records.map((r) => recordKeys(normalizePartyKeys(r.party)));

  it('should give each record exactly its normalizeParty, computed once', () => {
    const parties = new CompletedParties(records, keys);
    records.forEach((r, i) => {
      const party = parties.get(i);
      expect(party).toEqual(normalizeParty(r.party));
      expect(parties.get(i)).toBe(party);
    });
  });

  it('should give back the party keys its record keys were read from', () => {
    records.forEach((r) => {
      const partyKeys = normalizePartyKeys(r.party);
      expect(partyKeysOf(recordKeys(partyKeys))).toEqual(partyKeys);
    });
  });
});
