const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/**
 * True for a plausible email address (surrounding whitespace ignored): one `@`, a dot-atom local
 * part of at most 64 characters, a domain of at least two labels with an alphabetic TLD.
 *
 * @example
 * isPlausibleEmail('jane.doe+cars@example.com'); // true
 * isPlausibleEmail('jane.doe@localhost'); // false
 */
export function isPlausibleEmail(s: string): boolean {
  const t = s.trim();
  const at = t.indexOf('@');
  if (at <= 0 || at !== t.lastIndexOf('@') || t.length > 254) return false;
  const local = t.slice(0, at);
  const domain = t.slice(at + 1);
  return local.length <= 64 && LOCAL.test(local) && DOMAIN.test(domain);
}
