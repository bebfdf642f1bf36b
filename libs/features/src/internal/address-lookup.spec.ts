import fc from 'fast-check';
import { ADDRESS_WORDS, addressWord } from './address-lookup';

describe(addressWord, () => {
  it('should map every table word as the table does', () => {
    for (const [word, mapped] of ADDRESS_WORDS) expect(addressWord(word)).toBe(mapped);
  });

  it('should give the table entry or the token itself for any token', () => {
    const words = [...ADDRESS_WORDS.keys()];
    const near = fc
      .constantFrom(...words)
      .chain((w) =>
        fc
          .tuple(fc.nat(w.length), fc.constantFrom('', 'a', 'e', 's', '#', 'x', 'é'))
          .map(([i, c]) => w.slice(0, i) + c),
      );
    const token = fc.oneof(
      near,
      fc.string({ minLength: 1, maxLength: 20 }),
      fc.string({ unit: 'grapheme', minLength: 1 }),
    );
    fc.assert(
      fc.property(token, (t) => {
        expect(addressWord(t)).toBe(ADDRESS_WORDS.get(t) ?? t);
      }),
      { numRuns: 3000 },
    );
  });
});
