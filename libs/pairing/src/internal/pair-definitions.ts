import { jaroWinkler } from '@synth/features';
import type { PartyKeys } from '@synth/features';
import { SIMILAR_NAME_THRESHOLD } from './constants';

/** A positive is kept only when email, phone or name is present on both sides. */
export function hasComparableIdentity(a: PartyKeys, b: PartyKeys): boolean {
  return (
    (a.email !== null && b.email !== null) ||
    (a.phone !== null && b.phone !== null) ||
    (a.fullName !== '' && b.fullName !== '')
  );
}

/** `neg_email_local`: same normalised email local part, different domain. */
export function isEmailLocalNegative(a: PartyKeys, b: PartyKeys): boolean {
  const ea = a.email;
  const eb = b.email;
  return ea !== null && eb !== null && ea.local === eb.local && ea.domain !== eb.domain;
}

/** `neg_similar_name`: normalised full names with Jaro-Winkler > 0.9, no shared email and no shared phone. */
export function isSimilarNameNegative(a: PartyKeys, b: PartyKeys): boolean {
  if (a.fullName === '' || b.fullName === '') return false;
  if (a.email !== null && b.email !== null && a.email.email === b.email.email) return false;
  if (a.phone !== null && a.phone === b.phone) return false;
  return jaroWinkler(a.fullName, b.fullName) > SIMILAR_NAME_THRESHOLD;
}

/** `neg_zip_house`: same normalised zip and house number, different (present) normalised full names. */
export function isZipHouseNegative(a: PartyKeys, b: PartyKeys): boolean {
  return (
    a.zip !== '' &&
    a.houseNumber !== '' &&
    a.zip === b.zip &&
    a.houseNumber === b.houseNumber &&
    a.fullName !== '' &&
    b.fullName !== '' &&
    a.fullName !== b.fullName
  );
}
