/** Postal-code shapes noise understands: US `12345`, CA `A1A 1A1` (spaced) or `A1A1A1` (compact). */
export type PostalShape = 'US' | 'CA_SPACED' | 'CA_COMPACT';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

const isCaAt = (s: string, offset: number): boolean =>
  isLetter(s.charCodeAt(0)) &&
  isDigit(s.charCodeAt(1)) &&
  isLetter(s.charCodeAt(2)) &&
  isDigit(s.charCodeAt(offset)) &&
  isLetter(s.charCodeAt(offset + 1)) &&
  isDigit(s.charCodeAt(offset + 2));

/** The shape of a postal code, or `undefined` when it has none noise knows. */
export function postalShape(s: string): PostalShape | undefined {
  if (s.length === 5) {
    for (let i = 0; i < 5; i++) if (!isDigit(s.charCodeAt(i))) return undefined;
    return 'US';
  }
  if (s.length === 6 && isCaAt(s, 3)) return 'CA_COMPACT';
  if (s.length === 7 && s[3] === ' ' && isCaAt(s, 4)) return 'CA_SPACED';
  return undefined;
}

/** Letters Canada Post uses in postal codes (never D, F, I, O, Q, U). */
export const CA_POSTAL_LETTERS: readonly string[] = 'ABCEGHJKLMNPRSTVWXYZ'.split('');
