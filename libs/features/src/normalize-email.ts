import { canonicalDomain, endsWithAt } from './internal/email-domain';
import { isSpace } from './internal/tokens';

/** True when `s` has an upper-case ASCII or a non-ASCII code unit between `start` and `end`. */
function hasUpperOrNonAscii(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
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
  const domain = canonicalDomain(s, at);
  if (domain === '') return null;
  // `verbatim`: the local part is the input's up to the `@` as it is (the usual case).
  let verbatim = start === 0 && end === at;
  let local = s.slice(start, end);
  if (hasUpperOrNonAscii(s, start, end)) {
    local = local.toLowerCase();
    verbatim = false;
  }
  if (domain === 'gmail.com' && local.indexOf('.') >= 0) {
    local = local.replaceAll('.', '');
    if (local === '') return null;
    verbatim = false;
  }
  // Already normalised (the usual case): the input is the email, no new string.
  return { local, domain, email: verbatim && endsWithAt(s, at + 1, domain) ? s : local + '@' + domain };
}
