import { addressTokens } from './internal/address-tokens';

/**
 * Normalises a street address line: lower case, accents folded, periods and apostrophes deleted,
 * other punctuation → spaces; USPS street suffixes (Street → st, Avenue → ave, variants like
 * `Str`/`Av`), directionals (North → n), ordinal words (Fifth → 5th) and unit designators
 * (Apartment/Apt/#/Suite/Ste/Unit/Room → `#`, others like Floor → fl) standardised. Idempotent.
 *
 * @example
 * normalizeAddress('123 North Fifth Street, Apartment 4B'); // '123 n 5th st # 4b'
 * normalizeAddress('123 N. 5th St. #4B'); // '123 n 5th st # 4b'
 */
export function normalizeAddress(s: string): string {
  return addressTokens(s).join(' ');
}
