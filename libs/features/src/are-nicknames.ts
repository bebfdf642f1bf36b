import { areNicknamesNormalized } from './internal/nickname-index';
import { normalizeName } from './normalize-name';

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
