import type { PartyRecord } from '@synth/features';
import { matchKeys } from './match-keys';

const agree = (a: string, b: string) => a !== '' && a === b;

/**
 * True when two records agree on none of: the email local part, the phone (last 10 digits), the house number
 * with the postal code's first 3 characters ({@link matchKeys}). An empty key never agrees, not even with
 * another empty one. For a positive pair, true means only the name links the two records.
 *
 * @example
 * isNameOnlyPair({ email: 'ann@a.com' }, { email: 'ann@b.org' }); // false (same local part)
 * isNameOnlyPair({ phone: '' }, { phone: '' }); // true (empty never agrees)
 */
export function isNameOnlyPair(a: PartyRecord, b: PartyRecord): boolean {
  const ka = matchKeys(a);
  const kb = matchKeys(b);
  return !agree(ka.email, kb.email) && !agree(ka.phone, kb.phone) && !agree(ka.houseZip, kb.houseZip);
}
