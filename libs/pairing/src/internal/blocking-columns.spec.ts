import fc from 'fast-check';
import { normalizePartyKeys } from '@synth/features';
import type { PartyKeys } from '@synth/features';
import { makeFixture } from '../testing-internal/make-fixture';
import { BlockingColumnsBuilder, type BlockingColumns } from './blocking-columns';
import { emailLocalKey, firstNameKey, lastNameKey, zipHouseKey } from './blocking-keys';

/** Each column with the key function it stands for. */
const KEY_FNS: readonly [keyof BlockingColumns, (k: PartyKeys) => string | number][] = [
  ['emailLocal', emailLocalKey],
  ['lastName', lastNameKey],
  ['firstName', firstNameKey],
  ['zipHouse', zipHouseKey],
];

const columnsOf = (keys: readonly PartyKeys[]): BlockingColumns => {
  const builder = new BlockingColumnsBuilder(keys.length);
  keys.forEach((k, i) => builder.set(i, k));
  return builder.build();
};

/** Checks that the columns group the records as the key functions do, and that the two name keys never meet. */
function expectSameGroups(keys: readonly PartyKeys[]): void {
  const columns = columnsOf(keys);
  for (const [name, keyFn] of KEY_FNS) {
    const column = columns[name];
    const texts = keys.map(keyFn);
    // One value per key and one key per value: a one-to-one map between the keys and the column's values.
    const numberOfKey = new Map<string | number, string | number>();
    const keyOfNumber = new Map<string | number, string | number>();
    for (let i = 0; i < keys.length; i++) {
      expect([name, column[i] === '' || Number.isNaN(column[i] as number)]).toEqual([name, texts[i] === '']);
      if (texts[i] === '') continue;
      if (!numberOfKey.has(texts[i])) numberOfKey.set(texts[i], column[i]);
      if (!keyOfNumber.has(column[i])) keyOfNumber.set(column[i], texts[i]);
      expect([numberOfKey.get(texts[i]), keyOfNumber.get(column[i])]).toEqual([column[i], texts[i]]);
    }
  }
  const lastNames = new Set(columns.lastName);
  for (const first of columns.firstName) if (!Number.isNaN(first)) expect(lastNames.has(first)).toBe(false);
}

/** Party keys from small alphabets, so that keys repeat, and zips and house numbers that are not all digits. */
const partyKeys: fc.Arbitrary<PartyKeys> = fc
  .record({
    local: fc.string({ unit: fc.constantFrom('a', 'b', '.'), maxLength: 3 }),
    domain: fc.constantFrom('x.com', 'y.org'),
    first: fc.string({ unit: fc.constantFrom('a', 'm', 'é'), maxLength: 3 }),
    last: fc.string({ unit: fc.constantFrom('o', 's', 'ß'), maxLength: 3 }),
    zip: fc.string({ unit: fc.constantFrom('0', '9', 'K'), maxLength: 6 }),
    house: fc.string({ unit: fc.constantFrom('1', '7', 'b'), maxLength: 5 }),
  })
  .map(({ local, domain, first, last, zip, house }) => ({
    email: local === '' ? null : { local, domain, email: `${local}@${domain}` },
    phone: null,
    firstName: first,
    lastName: last,
    fullName: [first, last].filter(Boolean).join(' '),
    zip,
    houseNumber: house,
  }));

describe(BlockingColumnsBuilder, () => {
  it('should number each key so that records share a number exactly when they share the key', () => {
    fc.assert(
      fc.property(fc.array(partyKeys, { maxLength: 80 }), (keys) => expectSameGroups(keys)),
      { numRuns: 80 },
    );
  });

  it('should group fixture records as the key functions do', () => {
    for (const seed of [1, 2, 3])
      expectSameGroups(makeFixture({ seed, entities: 60 }).map((r) => normalizePartyKeys(r.party)));
  });
});
