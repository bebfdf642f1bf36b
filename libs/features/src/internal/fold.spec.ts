import fc from 'fast-check';
import { firstFoldToken, foldTokens } from './fold';

/** Text around the tokenizer's classes: letters, digits, dropped characters, '#', separators, accents. */
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'B', '7', "'", '.', '`', '#', ' ', '-', 'é', '\u2019'), maxLength: 12 }),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
);

describe(firstFoldToken, () => {
  it('should be the first of foldTokens, or empty', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (s, keepHash) => {
        expect(firstFoldToken(s, keepHash)).toBe(foldTokens(s, keepHash)[0] ?? '');
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["' . O'Neil St", false, 'oneil'],
    ['#4 Main', true, '#'],
    ['#4 Main', false, '4'],
    ['  12B Elm', true, '12b'],
    ['', true, ''],
  ])('should read %j (keepHash %s) as %j', (s, keepHash, token) => {
    expect(firstFoldToken(s, keepHash)).toBe(token);
  });
});
