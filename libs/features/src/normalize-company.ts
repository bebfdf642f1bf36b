import { foldTokens } from './internal/fold';

const LEGAL = new Set([
  'inc',
  'incorporated',
  'llc',
  'llp',
  'lp',
  'pllc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'plc',
  'pc',
  'ulc',
  'ltee',
  'gmbh',
  'sa',
  'the',
]);

/**
 * Normalises a company name: like {@link normalizeName}, `&` → `and`, and legal-form words
 * (Inc, LLC, Ltd, Corp, Co, Company, …) and the word "The" removed (unless nothing else is left). Idempotent.
 *
 * @example
 * normalizeCompany('The Acme Motor Co., Inc.'); // 'acme motor'
 */
export function normalizeCompany(s: string): string {
  const tokens = foldTokens(s.indexOf('&') >= 0 ? s.split('&').join(' and ') : s);
  let out = '';
  for (const t of tokens) {
    if (LEGAL.has(t)) continue;
    out = out === '' ? t : out + ' ' + t;
  }
  return out === '' ? tokens.join(' ') : out;
}
