import fc from 'fast-check';
import { soundex } from '@synth/features';
import { firstNameKey, lastNameKey, soundexNumber, zipHouseKey } from './blocking-keys';
import type { PartyKeys } from '@synth/features';

interface Parts {
  first: string;
  last: string;
  zip: string;
  house: string;
}

/** Party keys with these names, zip and house number (no email, phone or full name: the keys do not read them). */
const partyKeys = ({ first, last, zip, house }: Parts): PartyKeys => ({
  email: null,
  phone: null,
  firstName: first,
  lastName: last,
  fullName: '',
  zip,
  houseNumber: house,
});

/** The text keys the numeric ones stand for. */
const textKeys = ({ first, last, zip, house }: Parts): string[] => [
  first && last ? `l${soundex(last)}${first[0]}` : '',
  first && last ? `f${soundex(first)}${last.slice(0, 2)}` : '',
  zip && house ? `${zip}|${house}` : '',
];
const keys = (p: Parts): (string | number)[] => {
  const k = partyKeys(p);
  return [lastNameKey(k), firstNameKey(k), zipHouseKey(k)];
};

const text = (chars: string[]) => fc.string({ unit: fc.constantFrom(...chars), maxLength: 9 });
const record = fc.record({
  first: text(['a', 'e', 'm', 'r', 'é', '1']),
  last: text(['a', 'o', 'n', 's', 'z', 'ß']),
  zip: text(['0', '1', '9', 'K']),
  house: text(['0', '2', '7', 'b']),
});

/** Records near the int32 fast paths: a–z names, 4- to 6-digit zips, house numbers of up to 5 digits. */
const usualRecord = fc.record({
  first: fc.string({ unit: fc.constantFrom('a', 'e', 'm', 'r'), minLength: 1, maxLength: 4 }),
  last: fc.string({ unit: fc.constantFrom('a', 'o', 'z', '1'), minLength: 1, maxLength: 3 }),
  zip: fc.string({ unit: fc.constantFrom('0', '1', '9'), minLength: 4, maxLength: 6 }),
  house: fc.string({ unit: fc.constantFrom('0', '2', '9'), minLength: 1, maxLength: 5 }),
});

describe('numeric blocking keys', () => {
  it.each([
    ['any records', record],
    ['usual records', usualRecord],
  ])('should be equal exactly when the text keys are, across all three kinds (%s)', (_, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, arbitrary, (a, b) => {
        const ta = textKeys(a);
        const tb = textKeys(b);
        const ka = keys(a);
        const kb = keys(b);
        for (let x = 0; x < 3; x++) {
          expect(ka[x] === '').toBe(ta[x] === '');
          for (let y = 0; y < 3; y++) expect(ka[x] === kb[y]).toBe(ta[x] === tb[y] && (x === y || ta[x] === ''));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('should be 32-bit integers for a–z last names and 5-digit zips with 1- to 4-digit house numbers', () => {
    const int32 = (key: string | number) => typeof key === 'number' && (key | 0) === key;
    for (const [last, zip, house] of [
      ['o', '00000', '0'],
      ['zz', '99999', '9999'],
      ['smith', '14240', '3205'],
    ]) {
      expect(keys({ first: 'zzzz', last, zip, house }).every(int32)).toBe(true);
    }
    expect(int32(zipHouseKey(partyKeys({ first: '', last: '', zip: '14240', house: '16351' })))).toBe(false);
  });

  it('should stay exact integers', () => {
    const k = { first: 'zzzz', last: '\uffff\uffff', zip: '9999999', house: '9999999' };
    for (const key of keys(k)) expect(Number.isSafeInteger(key)).toBe(true);
  });
});

describe(soundexNumber, () => {
  /** The number the documented formula gives for a soundex code. */
  const fromCode = (code: string): number =>
    code === ''
      ? 0
      : 1 +
        (code.charCodeAt(0) - 65) * 343 +
        (code.charCodeAt(1) - 48) * 49 +
        (code.charCodeAt(2) - 48) * 7 +
        (code.charCodeAt(3) - 48);

  it.each(['Ashcraft', 'Tymczak', 'Pfister', 'Honeyman', "O'Brien", 'Lee', 'a', 'Wh', '', '42', 'Ærø'])(
    'should equal the number of soundex(%j)',
    (word) => expect(soundexNumber(word)).toBe(fromCode(soundex(word))),
  );

  it('should equal the number of soundex for any text', () => {
    const letters = fc.constantFrom(..."aAbBcdeHhWwiklmnoprstuvxyz -'.1é".split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: letters })), (word) => {
        expect(soundexNumber(word)).toBe(fromCode(soundex(word)));
      }),
      { numRuns: 2000 },
    );
  });
});
