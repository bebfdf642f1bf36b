/** A NANP phone number split into its normalised parts. */
export interface NormalizedPhone {
  /** The 10 national digits (area code, exchange, line), country code removed. */
  readonly national: string;
  /** Extension digits, `''` when none. */
  readonly extension: string;
}

const EXT_WORDS = ['x', 'ext', 'extn', 'extension'];

/** The code units of the main digits of the number being read (at most 11), reused by every call. */
const DIGITS = new Uint16Array(11);

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
  // The main digits are kept as code units (at most 11): no string per digit, one string at the end.
  let count = 0;
  let first = -1;
  let ext = '';
  let inExt = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (inExt) ext += s[i];
      else {
        if (count === 11) return null;
        if (first < 0) first = c - 48;
        DIGITS[count++] = c;
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
  // A leading country code 1 before 10 digits is dropped.
  const from = count === 11 && first === 1 ? 1 : 0;
  if (count - from !== 10) return null;
  if (inExt && (ext.length === 0 || ext.length > 8)) return null;
  const d = DIGITS;
  const national = String.fromCharCode(
    d[from],
    d[from + 1],
    d[from + 2],
    d[from + 3],
    d[from + 4],
    d[from + 5],
    d[from + 6],
    d[from + 7],
    d[from + 8],
    d[from + 9],
  );
  return { national, extension: ext };
}
