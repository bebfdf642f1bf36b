import { foldText } from './internal/fold';
import { splitTokens } from './internal/tokens';

const LEGAL = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'pllc', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company',
  'plc', 'pc', 'ulc', 'ltee', 'gmbh', 'sa', 'the',
]);

/**
 * Normalises a company name: like {@link normalizeName}, `&` → `and`, and legal-form words
 * (Inc, LLC, Ltd, Corp, Co, Company, …) and a leading/trailing "The" removed. Idempotent.
 *
 * @example
 * normalizeCompany('The Acme Motor Co., Inc.'); // 'acme motor'
 */
export function normalizeCompany(s: string): string {
  const folded = foldText(s.indexOf('&') >= 0 ? s.split('&').join(' and ') : s, "'.\u2019`");
  if (folded === '') return '';
  const tokens = splitTokens(folded);
  let out = '';
  for (const t of tokens) {
    if (LEGAL.has(t)) continue;
    out = out === '' ? t : out + ' ' + t;
  }
  return out === '' ? folded : out;
}
