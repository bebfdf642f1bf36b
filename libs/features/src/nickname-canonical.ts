import { NICKNAME_INDEX } from './internal/nickname-index';
import { normalizeName } from './normalize-name';
import { NICKNAMES } from './tables/nicknames';

/**
 * The canonical (formal) form of a given name, normalised (lower case): a formal name maps to
 * itself, a nickname to the first formal name that lists it (Bob → robert, Peggy → margaret,
 * Al → albert), an unknown name to its normalised self.
 *
 * @example
 * nicknameCanonical('Bill'); // 'william'
 * nicknameCanonical('Zoltan'); // 'zoltan'
 */
export function nicknameCanonical(name: string): string {
  const key = normalizeName(name);
  const entry = NICKNAME_INDEX.get(key);
  if (entry === undefined) return key;
  return normalizeName(NICKNAMES[entry.groups[0]][0]);
}
