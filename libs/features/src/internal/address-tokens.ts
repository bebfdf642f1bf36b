import { addressWord } from './address-lookup';
import { firstFoldToken, foldTokens } from './fold';

/** The tokens of `normalizeAddress(s)` (folded, then mapped through the USPS/ordinal/unit table). */
export function addressTokens(s: string): string[] {
  const tokens = foldTokens(s, true);
  for (let i = 0; i < tokens.length; i++) {
    const c = tokens[i].charCodeAt(0);
    if (c >= 48 && c <= 57) continue; // numbers are never table words: skip the hash lookup
    tokens[i] = addressWord(tokens[i]);
  }
  return tokens;
}

/**
 * The house number of an address: the first of its {@link addressTokens} when that starts with a digit, else
 * `''`. Only the first token is folded and mapped, not the whole address.
 */
export function houseNumberOf(s: string): string {
  let first = firstFoldToken(s, true);
  if (!startsWithDigit(first) && first !== '') first = addressWord(first);
  return startsWithDigit(first) ? first : '';
}

/** True when `s` starts with an ASCII digit (a house number). */
export function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}
