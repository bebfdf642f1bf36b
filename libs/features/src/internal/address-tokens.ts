import { ADDRESS_WORDS } from './address-lookup';
import { foldTokens } from './fold';

/** The tokens of `normalizeAddress(s)` (folded, then mapped through the USPS/ordinal/unit table). */
export function addressTokens(s: string): string[] {
  const tokens = foldTokens(s, true);
  for (let i = 0; i < tokens.length; i++) {
    const c = tokens[i].charCodeAt(0);
    if (c >= 48 && c <= 57) continue; // numbers are never table words: skip the hash lookup
    const mapped = ADDRESS_WORDS.get(tokens[i]);
    if (mapped !== undefined) tokens[i] = mapped;
  }
  return tokens;
}
