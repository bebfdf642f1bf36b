import fc from 'fast-check';
import { firstFoldToken, foldTokens } from './fold';

/** Text around the tokenizer's classes: letters, digits, dropped characters, '#', separators, accents. */
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'B', '7', "'", '.', '`', '#', ' ', '-', 'é', '\u2019'), maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('a', '7', "'", '#', ' ', '\u0301', '\u00a0', 'Σ', 'İ', '１', 'ﬁ'), maxLength: 12 }),
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
    ['12 Élan', true, '12'],
    ['12\u0301 Main', true, '12'],
    ['12\u00a0Main', true, '12'],
    ["' Élan 7", true, 'elan'],
    ['１２ Main', true, '12'],
    ['ab Σ', false, 'ab'],
  ])('should read %j (keepHash %s) as %j', (s, keepHash, token) => {
    expect(firstFoldToken(s, keepHash)).toBe(token);
  });
});
