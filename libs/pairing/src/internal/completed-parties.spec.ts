import { normalizeParty, normalizePartyKeys } from '@synth/features';
import type { PartyRecord } from '@synth/features';
import { makeFixture } from '../testing-internal/make-fixture';
import { PairingColumns } from '../pairing-columns';
import type { PairingRecord } from '../types';
import { CompletedParties } from './completed-parties';

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
  const keys = records.map((r) => normalizePartyKeys(r.party));
  const columns = PairingColumns.from(records).parties;
  const identity = Int32Array.from(records.keys());

  it('should give each record exactly its normalizeParty, computed once', () => {
    const parties = new CompletedParties(columns, identity, keys);
    records.forEach((r, i) => {
      const party = parties.get(i);
      expect(party).toEqual(normalizeParty(r.party));
      expect(parties.get(i)).toBe(party);
    });
  });

  it('should give record i the party origin[i] of the columns', () => {
    const origin = identity.slice().reverse();
    const parties = new CompletedParties(columns, origin, [...keys].reverse());
    origin.forEach((r, i) => expect(parties.get(i)).toEqual(normalizeParty(records[r].party)));
  });

  it('should complete each record from the very key values it was given', () => {
    const parties = new CompletedParties(columns, identity, keys);
    records.forEach((_, i) => {
      const party = parties.get(i);
      expect(party.email).toBe(keys[i].email);
      expect([party.firstName, party.lastName, party.fullName]).toEqual([
        keys[i].firstName,
        keys[i].lastName,
        keys[i].fullName,
      ]);
    });
  });

  it('should let a party go after the expected uses, giving the same values whenever it is asked for', () => {
    const parties = new CompletedParties(columns, identity, keys);
    const uses = new Int32Array(records.length).fill(2);
    parties.expectUses(uses);
    records.forEach((r, i) => {
      const first = parties.get(i);
      expect(parties.get(i)).toBe(first);
      // Past its two uses the party is completed again: an equal object, not the same one.
      const again = parties.get(i);
      expect(again).not.toBe(first);
      expect(again).toEqual(normalizeParty(r.party));
    });
    expect([...uses].every((left) => left < 0)).toBe(true);
  });
});
