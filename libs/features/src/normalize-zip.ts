/**
 * Normalises a postal code: whitespace and hyphens removed, upper case; US ZIP+4 cut to the
 * 5-digit ZIP (`12345-6789` → `12345`); Canadian postal codes as `A1A1A1` (`k1a 0b1` → `K1A0B1`).
 * Anything else is returned cleaned the same way; `''` for a missing value. Idempotent.
 *
 * @example
 * normalizeZip('02134-1234'); // '02134'
 * normalizeZip('m5v 2t6'); // 'M5V2T6'
 */
export function normalizeZip(s: string): string {
  if (isClean(s)) return s.length === 9 && isDigits(s) ? s.slice(0, 5) : s;
  let out = '';
  let allDigits = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 45 || c === 9 || c === 160) continue;
    if (c < 48 || c > 57) allDigits = false;
    out += c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : s[i];
  }
  if (allDigits && out.length === 9) return out.slice(0, 5);
  return out;
}

/** True when cleaning would change nothing: no whitespace, hyphen or lower-case ASCII letter. */
function isClean(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 45 || c === 9 || c === 160 || (c >= 97 && c <= 122)) return false;
  }
  return true;
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
