import fc from 'fast-check';
import { soundex } from '@synth/features';
import { firstNameKey, lastNameKey, zipHouseKey } from './blocking-keys';
import type { RecordKeys } from './record-keys';

/** The text keys the numeric ones stand for. */
const textKeys = (k: RecordKeys): string[] => [
  k.first && k.last ? `l${soundex(k.last)}${k.first[0]}` : '',
  k.first && k.last ? `f${soundex(k.first)}${k.last.slice(0, 2)}` : '',
  k.zip && k.house ? `${k.zip}|${k.house}` : '',
];
const keys = (k: RecordKeys): (string | number)[] => [lastNameKey(k), firstNameKey(k), zipHouseKey(k)];

const text = (chars: string[]) => fc.string({ unit: fc.constantFrom(...chars), maxLength: 9 });
const record = fc
  .record({
    first: text(['a', 'e', 'm', 'r', 'é', '1']),
    last: text(['a', 'o', 'n', 's', 'z', 'ß']),
    zip: text(['0', '1', '9', 'K']),
    house: text(['0', '2', '7', 'b']),
  })
  .map((r): RecordKeys => ({ ...r, email: '', emailLocal: '', emailDomain: '', phone: '', fullName: '' }));

describe('numeric blocking keys', () => {
  it('should be equal exactly when the text keys are, across all three kinds', () => {
    fc.assert(
      fc.property(record, record, (a, b) => {
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

  it('should stay exact integers', () => {
    const k = { first: 'zzzz', last: '\uffff\uffff', zip: '9999999', house: '9999999' } as RecordKeys;
    for (const key of keys(k)) expect(Number.isSafeInteger(key)).toBe(true);
  });
});
