import type { NormalizedPhone } from '../normalize-phone';

const EXT_WORDS = ['x', 'ext', 'extn', 'extension'];

function isFormatting(c: number): boolean {
  return c === 32 || c === 9 || c === 40 || c === 41 || c === 43 || c === 45 || c === 46 || c === 47 || c === 160;
}

/**
 * The previous `normalizePhone`, which read the main digits as a number and printed it (`String(value)`,
 * zero-padded), kept only as a test oracle for the current one, which builds the string from the digits' code units.
 */
export function referenceNormalizePhone(s: string): NormalizedPhone | null {
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
      inExt = true;
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
