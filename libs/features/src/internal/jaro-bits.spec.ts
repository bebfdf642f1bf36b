import fc from 'fast-check';
import { jaro } from '../jaro';
import { JARO_BITS_MAX, jaroBits } from './jaro-bits';
import { jaroPlain } from './jaro-plain';

/** `jaro` by the plain scan only: the canonical order, then {@link jaroPlain}. */
function plainJaro(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length > b.length || (a.length === b.length && a > b)) [a, b] = [b, a];
  return jaroPlain(a, b);
}

/** Strings over a few characters (so that many match), ASCII and not, up to 40 code units. */
const text = (chars: string[]): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((cs) => cs.join(''));
const ascii = text(['a', 'b', 'c', 'd', 'e', 'A', ' ', '.']);
const mixed = text(['a', 'b', 'c', 'é', 'ß', '\u{1F600}', ' ']);

describe(jaroBits, () => {
  it('should give the plain scan result, bit for bit, on ASCII and non-ASCII strings of any length', () => {
    for (const arb of [ascii, mixed, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })]) {
      fc.assert(
        fc.property(arb, arb, (a, b) => {
          expect(Object.is(jaro(a, b), plainJaro(a, b))).toBe(true);
        }),
        { numRuns: 500 },
      );
    }
  });

  it('should give the plain scan result on real names and at the 32-unit limit', () => {
    const pairs: Array<[string, string]> = [
      ['martha', 'marhta'],
      ['schmidt', 'smith'],
      ['jellyfish', 'smellyfish'],
      ['a'.repeat(31) + 'b', 'b' + 'a'.repeat(31)],
      ['ab'.repeat(16), 'ba'.repeat(16)],
      ['ab'.repeat(16), 'ba'.repeat(16) + 'a'],
      ['x', 'y'.repeat(32)],
    ];
    for (const [a, b] of pairs) expect(Object.is(jaro(a, b), plainJaro(a, b))).toBe(true);
    expect(jaroBits('ab', 'ab'.repeat(JARO_BITS_MAX / 2))).toBe(plainJaro('ab', 'ab'.repeat(16)));
  });

  it('should decline a non-ASCII longer string and leave no state behind', () => {
    expect(jaroBits('abc', 'abé')).toBe(-1);
    // Positions of 'a' and 'b' left over from 'abé' would match 'ab' against 'ba' (the plain scan finds none).
    expect(jaroBits('ab', 'ba')).toBe(plainJaro('ab', 'ba'));
    expect(jaroBits('ab', 'ba')).toBe(0);
    expect(jaroBits('abc', 'abd')).toBe(plainJaro('abc', 'abd'));
  });
});
