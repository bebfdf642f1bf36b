import fc from 'fast-check';
import { hash53 } from './hash53';
import { hashName, nameHash } from './hash-name';

const reference = (first: string, last: string) => hash53(`${first.toLowerCase()}\u0000${last.toLowerCase()}`);
const halves = () => nameHash[0] * 4294967296 + nameHash[1];

describe(hashName, () => {
  it('should give the 53-bit hash of the lowercased name joined by a NUL, as two halves', () => {
    hashName('Ann', 'LEE');
    expect(halves()).toBe(reference('Ann', 'LEE'));
    expect(nameHash[0]).toBeLessThan(2 ** 21);
  });

  it('should agree with the string path on any names, ASCII or not', () => {
    const part = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('İlkay', 'ÉMILE', 'O’Neil', 'Straße', 'ǅemal', 'MC DONALD'),
    );
    fc.assert(
      fc.property(part, part, (first, last) => {
        hashName(first, last);
        expect(halves()).toBe(reference(first, last));
      }),
      { numRuns: 500 },
    );
  });
});
