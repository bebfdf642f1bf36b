import { isSpace } from './internal/tokens';
import { EMAIL_DOMAIN_ALIASES } from './tables/email-domain-aliases';

const ALIASES = new Map<string, string>(EMAIL_DOMAIN_ALIASES);

/** Lower case, surrounding whitespace and trailing dots removed (repeated until stable: 'x. .' → 'x'). */
function cleanDomain(raw: string): string {
  let d = raw.trim();
  while (d.endsWith('.')) d = d.slice(0, -1).trimEnd();
  return d.toLowerCase();
}

/**
 * The domain of `s` after its `@` at `at`, cleaned as {@link cleanDomain} does; one slice when it is already
 * clean (the usual case: lower case, no surrounding whitespace, no trailing dot).
 */
function domainAfter(s: string, at: number): string {
  const n = s.length;
  if (n === at + 1) return '';
  for (let i = at + 1; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127 || isSpace(c)) return cleanDomain(s.slice(at + 1));
  }
  return s.charCodeAt(n - 1) === 46 ? cleanDomain(s.slice(at + 1)) : s.slice(at + 1);
}

/** `s.slice(start, end)` in lower case, without a second string when it has no upper-case letter. */
function lowerSlice(s: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return s.slice(start, end).toLowerCase();
  }
  return s.slice(start, end);
}

/** An email split into its normalised parts. */
export interface NormalizedEmail {
  readonly local: string;
  readonly domain: string;
  /** `local@domain` */
  readonly email: string;
}

/**
 * Normalises an email for matching: trimmed, lower case (local part and domain), `+tag` removed,
 * domain aliases mapped to their canonical domain (googlemail.com → gmail.com, me.com → icloud.com, …),
 * dots removed from Gmail local parts. `null` when there is no `@` or a side is empty. Idempotent.
 *
 * @example
 * normalizeEmail(' John.Smith+cars@GoogleMail.com');
 * // { local: 'johnsmith', domain: 'gmail.com', email: 'johnsmith@gmail.com' }
 */
export function normalizeEmail(s: string): NormalizedEmail | null {
  const at = s.lastIndexOf('@');
  if (at < 0) return null;
  let start = 0;
  let end = at;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  const plus = s.indexOf('+', start);
  if (plus >= 0 && plus < end) end = plus;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  if (end === start) return null;
  let domain = domainAfter(s, at);
  if (domain === '') return null;
  domain = ALIASES.get(domain) ?? domain;
  let local = lowerSlice(s, start, end);
  if (domain === 'gmail.com' && local.indexOf('.') >= 0) {
    local = local.replaceAll('.', '');
    if (local === '') return null;
  }
  // Already normalised (the usual case): the input is the email, no new string.
  const same = s.length === local.length + 1 + domain.length && s.startsWith(local) && s.endsWith(domain);
  return { local, domain, email: same && s.charCodeAt(local.length) === 64 ? s : local + '@' + domain };
}
