import { NICKNAME_INDEX } from './internal/nickname-index';
import { normalizeName } from './normalize-name';

/** {@link areNicknames} on names already passed through {@link normalizeName}. */
export function areNicknamesNormalized(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const ea = NICKNAME_INDEX.get(a);
  if (ea === undefined) return false;
  const eb = NICKNAME_INDEX.get(b);
  if (eb === undefined) return false;
  for (const g of ea.groups) if (eb.groups.indexOf(g) >= 0) return true;
  return false;
}

/**
 * True when two given names are the same name or nickname-equivalent: one is a nickname of the
 * other (Bob/Robert) or both are nicknames of one formal name (Bob/Rob, Bill/Will). Case- and
 * punctuation-insensitive; an empty name is never a nickname.
 *
 * @example
 * areNicknames('Peggy', 'Margaret'); // true
 * areNicknames('Bob', 'Rob'); // true
 * areNicknames('Bob', 'Bill'); // false
 */
export function areNicknames(a: string, b: string): boolean {
  return areNicknamesNormalized(normalizeName(a), normalizeName(b));
}
