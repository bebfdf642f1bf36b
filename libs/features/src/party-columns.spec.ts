import fc from 'fast-check';
import { completeParty } from './complete-party';
import { FeaturesError } from './features-error';
import { normalizeParty } from './normalize-party';
import { normalizePartyKeys } from './normalize-party-keys';
import { PartyColumns } from './party-columns';
import type { Source } from './party-record';
import { partyArbitrary } from './testing-internal/party-arbitrary';
import { toPartyRecord } from './to-party-record';

/** `v` with every missing value (`undefined`, `''`) as `null` and every field present, as toPartyRecord gives. */
const asRecord = (v: Record<string, string | null | undefined>) =>
  Object.fromEntries(
    ['company', 'address', 'first_name', 'last_name', 'email', 'phone', 'city', 'state', 'zip', 'country'].map((k) => [
      k,
      v[k] === undefined || v[k] === '' ? null : v[k],
    ]),
  );

const row = fc.dictionary(
  fc.constantFrom('first_name', 'last_name', 'email', 'phone', 'company', 'account', 'address', 'billing_address'),
  fc.oneof(fc.constantFrom('', 'Ann', 'ann@x.com', '12 Main St.', 'Acme Inc', '(555) 123-4567'), fc.string()),
);

describe(PartyColumns, () => {
  it('should give back each added party, with its keys and normalised form as the object functions give them', () => {
    fc.assert(
      fc.property(fc.array(partyArbitrary, { maxLength: 20 }), (parties) => {
        const columns = new PartyColumns();
        parties.forEach((p, i) => expect(columns.add(p)).toBe(i));
        expect(columns.length).toBe(parties.length);
        parties.forEach((p, i) => {
          expect(columns.get(i)).toEqual(asRecord(p as Record<string, string | null | undefined>));
          const keys = columns.keys(i);
          expect(keys).toEqual(normalizePartyKeys(p));
          expect(columns.complete(i, keys)).toEqual(completeParty(p, keys));
          expect(columns.complete(i, keys)).toEqual(normalizeParty(p));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('should map a source row as toPartyRecord does', () => {
    fc.assert(
      fc.property(fc.constantFrom<Source>('leads', 'sales', 'financial'), row, (source, r) => {
        const columns = new PartyColumns();
        const i = columns.addRow(source, r);
        expect(columns.get(i)).toEqual(toPartyRecord(source, r));
      }),
      { numRuns: 300 },
    );
  });

  it('should reject an unknown source and a party it does not hold', () => {
    const columns = new PartyColumns();
    expect(() => columns.addRow('crm' as Source, {})).toThrow(FeaturesError);
    expect(columns.length).toBe(0);
    expect(() => columns.get(0)).toThrow(RangeError);
    columns.add({ first_name: 'Ann' });
    expect(() => columns.keys(1)).toThrow('PartyColumns: no party 1 (1 parties)');
    expect(() => columns.complete(-1, columns.keys(0))).toThrow(RangeError);
  });
});
