import { EMAIL_DOMAIN_ALIASES } from './tables/email-domain-aliases';

const ALIASES = new Map<string, string>(EMAIL_DOMAIN_ALIASES);

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
 * normalizeEmail(' John.Smith+cars@GoogleMail.com'); // { local: 'johnsmith', domain: 'gmail.com', email: 'johnsmith@gmail.com' }
 */
export function normalizeEmail(s: string): NormalizedEmail | null {
  const at = s.lastIndexOf('@');
  if (at < 0) return null;
  let local = s.slice(0, at).trim().toLowerCase();
  let domain = s.slice(at + 1).trim().toLowerCase();
  if (domain.endsWith('.')) domain = domain.slice(0, -1);
  const plus = local.indexOf('+');
  if (plus >= 0) local = local.slice(0, plus);
  domain = ALIASES.get(domain) ?? domain;
  if (domain === 'gmail.com' && local.indexOf('.') >= 0) local = local.split('.').join('');
  if (local === '' || domain === '') return null;
  return { local, domain, email: local + '@' + domain };
}
