import { soundex } from '@synth/features';
import type { RecordKeys } from './record-keys';

/**
 * Blocking keys as numbers where they can be: a number is a Map key with no string to build or hash. Each
 * function is one-to-one on the text key it stands for (`l<soundex(last)><first initial>`,
 * `f<soundex(first)><last name's first two letters>`, `<zip>|<house>`), the name keys of the two kinds never
 * coincide, and `''` still means no key, so a blocking index groups records exactly as with the text keys.
 */

/** `soundex(word)` as a number: 0 for `''`, else 1 + letter × 343 + the three digits (0–6) in base 7. */
export function soundexNumber(word: string): number {
  const code = soundex(word);
  if (code === '') return 0;
  const digit = (i: number) => code.charCodeAt(i) - 48;
  return 1 + (code.charCodeAt(0) - 65) * 343 + digit(1) * 49 + digit(2) * 7 + digit(3);
}

/** Above every {@link lastNameKey} (soundex number < 8919, times 2^16, plus a code unit). */
const FIRST_NAME_BASE = 2 ** 30;

/** Similar-name blocking key: soundex of the last name + first initial (spelling variants of the last name). */
export function lastNameKey(k: RecordKeys): number | '' {
  return k.first && k.last ? soundexNumber(k.last) * 65536 + k.first.charCodeAt(0) : '';
}

/**
 * Similar-name blocking key: soundex of the first name + the last name's first two letters
 * (same-sounding first names with a close last name: the long common prefix is what pushes
 * Jaro-Winkler of the full name over 0.9).
 */
export function firstNameKey(k: RecordKeys): number | '' {
  if (!k.first || !k.last) return '';
  const last = k.last;
  // One letter: its code unit (< 2^16); two: 2^16 + both code units (< 2^16 + 2^32). Below 2^33 either way.
  const prefix = last.length === 1 ? last.charCodeAt(0) : 65536 + last.charCodeAt(0) * 65536 + last.charCodeAt(1);
  return FIRST_NAME_BASE + soundexNumber(k.first) * 2 ** 33 + prefix;
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

/** Zip + house-number blocking key: a number when both are short digit strings, else `zip|house`. */
export function zipHouseKey(k: RecordKeys): number | string {
  if (!k.zip || !k.house) return '';
  const zip = digitsNumber(k.zip);
  const house = digitsNumber(k.house);
  // Both below 8 × 10^7, so the key stays below 2^53.
  return zip >= 0 && house >= 0 ? zip * 8e7 + house : `${k.zip}|${k.house}`;
}
