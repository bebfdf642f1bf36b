import { NICKNAME_INDEX } from './internal/nickname-index';
import { normalizeName } from './normalize-name';

const NONE: readonly string[] = Object.freeze([]);

/**
 * The names related to `name` in the nickname table, both directions, Title Case: the nicknames of a
 * formal name and the formal names of a nickname (case-insensitive lookup). `[]` when unknown.
 *
 * @example
 * nicknamesOf('robert'); // ['Bob', 'Bobby', 'Rob', 'Robbie', …]
 * nicknamesOf('Bob'); // ['Robert']
 */
export function nicknamesOf(name: string): readonly string[] {
  return NICKNAME_INDEX.get(normalizeName(name))?.related ?? NONE;
}
