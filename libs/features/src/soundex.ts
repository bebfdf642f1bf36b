// Soundex digit of A..Z ('0' = vowel-like, separates equal codes; '' for H and W, which do not).
const CODES = '01230120022455012623010202';

/**
 * American Soundex (as used by the US National Archives): first letter kept, H and W do not
 * separate letters with the same code, vowels do; padded/truncated to 4. Letters outside A–Z
 * (digits, punctuation, accents) are ignored; no letter at all → `''`. Case-insensitive.
 *
 * @example
 * soundex('Ashcraft'); // 'A261'
 * soundex('Tymczak'); // 'T522'
 */
export function soundex(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length && out.length < 4; i++) {
    let c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) continue;
    const code = CODES[c - 65];
    if (out.length === 0) {
      out = String.fromCharCode(c);
      last = code;
      continue;
    }
    if (c === 72 || c === 87) continue; // H, W: transparent
    if (code === '0') {
      last = '0';
      continue;
    }
    if (code !== last) out += code;
    last = code;
  }
  if (out.length === 0) return '';
  while (out.length < 4) out += '0';
  return out;
}
