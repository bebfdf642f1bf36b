import { EMAIL_DOMAIN_ALIASES } from '../tables/email-domain-aliases';
import { isSpace } from './tokens';

const ALIASES = new Map<string, string>(EMAIL_DOMAIN_ALIASES);

/**
 * Recently seen clean domains (a few hundred mail providers make up nearly every address), by a hash of their
 * length and end characters: the raw text and its canonical domain. A hit costs a comparison of the code units
 * in place, with no slice of the input and no lookup in the alias table; and repeated domains share one string.
 */
const SLOTS = 256;
const RAW: string[] = new Array<string>(SLOTS).fill('');
const CANONICAL: string[] = new Array<string>(SLOTS).fill('');

/** Lower case, surrounding whitespace and trailing dots removed (repeated until stable: 'x. .' → 'x'). */
function cleanDomain(raw: string): string {
  let d = raw.trim();
  while (d.endsWith('.')) d = d.slice(0, -1).trimEnd();
  return d.toLowerCase();
}

/** True when `s` holds `text` from `from` on, to its end. */
export function endsWithAt(s: string, from: number, text: string): boolean {
  if (s.length - from !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (s.charCodeAt(from + i) !== text.charCodeAt(i)) return false;
  return true;
}

/** True when the domain needs no cleaning: no upper-case, non-ASCII or space code unit, no trailing dot. */
function isClean(s: string, from: number): boolean {
  const n = s.length;
  for (let i = from; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127 || isSpace(c)) return false;
  }
  return s.charCodeAt(n - 1) !== 46;
}

/**
 * The domain of the email `s` after its `@` at `at`: cleaned (lower case, surrounding whitespace and trailing
 * dots removed) and mapped to its canonical name when it is an alias (googlemail.com → gmail.com); `''` when
 * nothing follows the `@`.
 */
export function canonicalDomain(s: string, at: number): string {
  const from = at + 1;
  const n = s.length;
  if (n === from) return '';
  const slot = ((n - from) * 31 + s.charCodeAt(from) * 7 + s.charCodeAt(n - 1)) & (SLOTS - 1);
  if (endsWithAt(s, from, RAW[slot])) return CANONICAL[slot];
  if (!isClean(s, from)) {
    const d = cleanDomain(s.slice(from));
    return ALIASES.get(d) ?? d;
  }
  const raw = s.slice(from);
  const canonical = ALIASES.get(raw) ?? raw;
  RAW[slot] = raw;
  CANONICAL[slot] = canonical;
  return canonical;
}
