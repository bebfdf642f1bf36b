import fc from 'fast-check';
import { normalizeName } from '../normalize-name';
import { fullNameOf, nameOf } from './party-core';

describe(nameOf, () => {
  it('should be normalizeName of the raw name, by the letters-only path or the memo', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'Z', 'q', 'M', '@', '[', '`', '{'), minLength: 1 });
    const name = fc.oneof(letters, fc.string({ minLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1 }));
    fc.assert(
      fc.property(name, (raw) => {
        expect(nameOf(raw)).toBe(normalizeName(raw));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['James', 'james'],
    ['MACDONALD', 'macdonald'],
    ["O'Neil", 'oneil'],
    ['Mary Ann', 'mary ann'],
    ['José', 'jose'],
  ])('should read %j as %j', (raw, name) => {
    expect(nameOf(raw)).toBe(name);
  });
});

describe(fullNameOf, () => {
  it('should join the two names by one space, either of which may be empty', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (first, last) => {
        const full = fullNameOf(first, last);
        expect(full).toBe(first === '' ? last : last === '' ? first : `${first} ${last}`);
      }),
    );
  });
});
