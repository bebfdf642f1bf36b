import { foldTokens } from './internal/fold';

/**
 * Normalises a person name: lower case, accents folded, apostrophes and periods deleted
 * (O'Neil → oneil, J.R. → jr), other punctuation and hyphens become spaces, whitespace collapsed.
 * Idempotent; `''` for a missing name.
 *
 * @example
 * normalizeName("  Mary-Jane  O'NEIL "); // 'mary jane oneil'
 */
export function normalizeName(s: string): string {
  const tokens = foldTokens(s);
  return tokens.length === 1 ? tokens[0] : tokens.join(' ');
}
