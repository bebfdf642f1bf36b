import { isSpace } from '../internal/tokens';
import { EMAIL_DOMAIN_ALIASES } from '../tables/email-domain-aliases';
import type { NormalizedEmail } from '../normalize-email';

const ALIASES = new Map<string, string>(EMAIL_DOMAIN_ALIASES);

/** Lower case, surrounding whitespace and trailing dots removed (repeated until stable: 'x. .' → 'x'). */
function cleanDomain(raw: string): string {
  let d = raw.trim();
  while (d.endsWith('.')) d = d.slice(0, -1).trimEnd();
  return d.toLowerCase();
}

/**
 * The previous `normalizeEmail` (slices, trims and lower-cases every domain and local part), kept only as a test
 * oracle for the current one, which slices the parts once when they are already clean.
 */
export function referenceNormalizeEmail(s: string): NormalizedEmail | null {
  const at = s.lastIndexOf('@');
  if (at < 0) return null;
  let start = 0;
  let end = at;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  const plus = s.indexOf('+', start);
  if (plus >= 0 && plus < end) end = plus;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  if (end === start) return null;
  let domain = cleanDomain(s.slice(at + 1));
  if (domain === '') return null;
  domain = ALIASES.get(domain) ?? domain;
  let local = s.slice(start, end).toLowerCase();
  if (domain === 'gmail.com' && local.indexOf('.') >= 0) {
    local = local.replaceAll('.', '');
    if (local === '') return null;
  }
  // Already normalised (the usual case): the input is the email, no new string.
  const same = s.length === local.length + 1 + domain.length && s.startsWith(local) && s.endsWith(domain);
  return { local, domain, email: same && s.charCodeAt(local.length) === 64 ? s : local + '@' + domain };
}
