import type { PartyKeys } from '@synth/features';

/**
 * Blocking keys as numbers where they can be: a number is a Map key with no string to build or hash. Each
 * function is one-to-one on the text key it stands for (`l<soundex(last)><first initial>`,
 * `f<soundex(first)><last name's first two letters>`, `<zip>|<house>`), the name keys of the two kinds never
 * coincide, and `''` still means no key, so a blocking index groups records exactly as with the text keys.
 * The usual keys (ASCII last names, 5-digit zips with house numbers of at most 4 digits) are 32-bit integers,
 * which V8 keeps unboxed: no heap number to allocate and a cheaper hash in the index's `Map`.
 */

/** Soundex digit of A..Z: the table of `soundex` in `@synth/features` ('0' vowel-like, also H and W). */
const SOUNDEX_DIGITS = '01230120022455012623010202';

/**
 * `soundex(word)` as a number: 0 for `''`, else 1 + letter × 343 + the three digits (0–6) in base 7. Computed
 * by the same steps as `soundex` without building its string (a few per record and key while mining pairs).
 */
export function soundexNumber(word: string): number {
  let letter = -1;
  let last = 0;
  let digits = 0;
  let value = 0;
  for (let i = 0; i < word.length && digits < 3; i++) {
    let c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) continue;
    const code = SOUNDEX_DIGITS.charCodeAt(c - 65) - 48;
    if (letter < 0) {
      letter = c - 65;
      last = code;
      continue;
    }
    if (c === 72 || c === 87) continue; // H, W: transparent
    if (code !== 0 && code !== last) {
      value = value * 7 + code;
      digits++;
    }
    last = code;
  }
  if (letter < 0) return 0;
  for (; digits < 3; digits++) value *= 7;
  return 1 + letter * 343 + value;
}

/** Above every {@link lastNameKey} (soundex number < 8919, times 2^16, plus a code unit). */
const FIRST_NAME_BASE = 2 ** 30;

/** Similar-name blocking key: soundex of the last name + first initial (spelling variants of the last name). */
export function lastNameKey(k: PartyKeys): number | '' {
  const first = k.firstName;
  const last = k.lastName;
  return first && last ? soundexNumber(last) * 65536 + first.charCodeAt(0) : '';
}

/**
 * Similar-name blocking key: soundex of the first name + the last name's first two letters
 * (same-sounding first names with a close last name: the long common prefix is what pushes
 * Jaro-Winkler of the full name over 0.9).
 */
export function firstNameKey(k: PartyKeys): number | '' {
  const first = k.firstName;
  const last = k.lastName;
  if (!first || !last) return '';
  const l0 = letterNumber(last.charCodeAt(0));
  const l1 = last.length === 1 ? 0 : letterNumber(last.charCodeAt(1));
  // Both letters a–z (the usual case): a small negative number, below every other name key.
  if (l0 > 0 && l1 >= 0) return -1 - (soundexNumber(first) * 729 + l0 * 27 + l1);
  // One letter: its code unit (< 2^16); two: 2^16 + both code units (< 2^16 + 2^32). Below 2^33 either way.
  const prefix = last.length === 1 ? last.charCodeAt(0) : 65536 + last.charCodeAt(0) * 65536 + last.charCodeAt(1);
  return FIRST_NAME_BASE + soundexNumber(first) * 2 ** 33 + prefix;
}

/** 1–26 for the code unit of `a`–`z`, else -1. */
function letterNumber(c: number): number {
  return c >= 97 && c <= 122 ? c - 96 : -1;
}

/** A string of 1 to 7 ASCII digits as `length × 10^7 + value` (one-to-one, leading zeros kept); else -1. */
function digitsNumber(s: string): number {
  if (s.length > 7) return -1;
  let value = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  return s.length * 1e7 + value;
}

/** The lowest key of a 5-digit zip with a short house number; the highest is about -1.04 × 10^9. */
const SHORT_ZIP_HOUSE_BASE = -(2 ** 31);
/** House numbers of 1, 2, 3 and 4 digits as 0–9, 10–109, 110–1,109 and 1,110–11,109 (index: digit count). */
const HOUSE_OFFSET = [0, 0, 10, 110, 1110];

/** Email blocking key: the normalised email's local part. */
export function emailLocalKey(k: PartyKeys): string {
  return k.email === null ? '' : k.email.local;
}

/** Zip + house-number blocking key: a number when both are short digit strings, else `zip|house`. */
export function zipHouseKey(k: PartyKeys): number | string {
  if (!k.zip || !k.houseNumber) return '';
  const zip = digitsNumber(k.zip);
  const house = digitsNumber(k.houseNumber);
  // A 5-digit zip and a house number of 1 to 4 digits (the usual case): one of 100,000 × 11,110 numbers from
  // -2^31 on, below every name key and every other zip + house key.
  if (zip >= 5e7 && zip < 6e7 && house >= 0 && house < 5e7) {
    return SHORT_ZIP_HOUSE_BASE + (zip - 5e7) * 11110 + HOUSE_OFFSET[Math.floor(house / 1e7)] + (house % 1e7);
  }
  // Both below 8 × 10^7, so the key stays below 2^53.
  return zip >= 0 && house >= 0 ? zip * 8e7 + house : `${k.zip}|${k.houseNumber}`;
}
