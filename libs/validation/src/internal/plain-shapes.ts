/**
 * Allocation-free recognisers of the shapes generated values take, each a strict subset of what the
 * matching `@synth/features` test accepts: a format rule that finds its value here passes it without running
 * the full test (regular expressions, slices, a normalised copy), and asks the full test about anything else.
 */

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
const isAlphanumeric = (c: number) => isDigit(c) || isLetter(c);

/** Formatting `isPlausiblePhone` skips: space, tab, `(`, `)`, `+`, `-`, `.`, `/` and the no-break space. */
function isPhoneFormatting(c: number): boolean {
  return c === 32 || c === 9 || c === 40 || c === 41 || c === 43 || c === 45 || c === 46 || c === 47 || c === 160;
}

/**
 * Whether `v` is only digits and phone formatting, 10 digits or 11 with a leading 1 (no extension): a
 * number `isPlausiblePhone` accepts.
 *
 * @example
 * isPlainPhone('(608) 989-3614'); // true
 * isPlainPhone('608-989-3614 x12'); // false: not plain, though plausible
 */
export function isPlainPhone(v: string): boolean {
  let count = 0;
  let first = -1;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (isDigit(c)) {
      if (first < 0) first = c - 48;
      count++;
    } else if (!isPhoneFormatting(c)) return false;
  }
  return count === 10 || (count === 11 && first === 1);
}

/** Whether `v` is exactly five ASCII digits: a US zip `isPlausibleZip` accepts. */
export function isFiveDigits(v: string): boolean {
  if (v.length !== 5) return false;
  for (let i = 0; i < 5; i++) if (!isDigit(v.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether `v` is `local@domain` with a local part of dot-separated atoms of letters, digits, `_`, `+` and
 * `-` (at most 64 characters), and a domain of at least two labels (letters, digits, inner `-`, at most 63
 * characters each) ending in an alphabetic label of 2 to 63 letters, 254 characters at most in all, no
 * surrounding space: an address `isPlausibleEmail` accepts.
 *
 * @example
 * isPlainEmail('jane.doe+cars@example.com'); // true
 * isPlainEmail("o'neil@example.com"); // false: not plain, though plausible
 */
export function isPlainEmail(v: string): boolean {
  const n = v.length;
  if (n > 254) return false;
  let i = 0;
  let atom = 0;
  for (; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c === 64) break;
    if (c === 46) {
      if (atom === 0) return false;
      atom = 0;
    } else if (isAlphanumeric(c) || c === 95 || c === 43 || c === 45) atom++;
    else return false;
  }
  if (i === n || atom === 0 || i > 64) return false;
  let labels = 0;
  let length = 0;
  let letters = true;
  let last = 0;
  for (i++; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c === 46) {
      if (length === 0 || length > 63 || last === 45) return false;
      labels++;
      length = 0;
      letters = true;
      continue;
    }
    if (c === 45) {
      if (length === 0) return false;
      letters = false;
    } else if (isDigit(c)) letters = false;
    else if (!isLetter(c)) return false;
    length++;
    last = c;
  }
  return labels > 0 && letters && length >= 2 && length <= 63;
}
