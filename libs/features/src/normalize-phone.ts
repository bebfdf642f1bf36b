/** A NANP phone number split into its normalised parts. */
export interface NormalizedPhone {
  /** The 10 national digits (area code, exchange, line), country code removed. */
  readonly national: string;
  /** Extension digits, `''` when none. */
  readonly extension: string;
}

const EXT_WORDS = ['x', 'ext', 'extn', 'extension'];

function isFormatting(c: number): boolean {
  // space, tab, ( ) + - . / and non-breaking space
  return c === 32 || c === 9 || c === 40 || c === 41 || c === 43 || c === 45 || c === 46 || c === 47 || c === 160;
}

/**
 * Normalises a North American (NANP) phone number: formatting (spaces, `()+-./`) removed, a
 * leading country code `1` dropped, an extension (`x123`, `ext. 123`, `extension 123`, `#123`) split
 * off. `null` unless exactly 10 national digits remain (11 with a leading 1) or on any other text.
 *
 * @example
 * normalizePhone('+1 (555) 123-4567 ext. 89'); // { national: '5551234567', extension: '89' }
 */
export function normalizePhone(s: string): NormalizedPhone | null {
  // The main digits are accumulated as a number (at most 11 digits < 2^53): no string per digit.
  let value = 0;
  let count = 0;
  let first = -1;
  let ext = '';
  let inExt = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (inExt) ext += s[i];
      else {
        if (++count > 11) return null;
        if (first < 0) first = c - 48;
        value = value * 10 + (c - 48);
      }
      continue;
    }
    if (isFormatting(c) || (inExt && c === 58)) continue;
    if (inExt || count === 0) return null;
    if (c === 35) {
      inExt = true; // '#'
      continue;
    }
    let j = i;
    while (j < s.length && (s.charCodeAt(j) | 32) >= 97 && (s.charCodeAt(j) | 32) <= 122) j++;
    if (j === i || EXT_WORDS.indexOf(s.slice(i, j).toLowerCase()) < 0) return null;
    inExt = true;
    i = j - 1;
  }
  if (count === 11 && first === 1) {
    value -= 1e10;
    count = 10;
  }
  if (count !== 10) return null;
  if (inExt && (ext.length === 0 || ext.length > 8)) return null;
  const national = value < 1e9 ? String(value).padStart(10, '0') : String(value);
  return { national, extension: ext };
}
