import { jaroWinkler } from '@synth/features';
import { SIMILAR_NAME_THRESHOLD } from './constants';
import type { RecordKeys } from './record-keys';

/** A positive is kept only when email, phone or name is present on both sides. */
export function hasComparableIdentity(a: RecordKeys, b: RecordKeys): boolean {
  return (
    (a.email !== '' && b.email !== '') || (a.phone !== '' && b.phone !== '') || (a.fullName !== '' && b.fullName !== '')
  );
}

/** `neg_email_local`: same normalised email local part, different domain. */
export function isEmailLocalNegative(a: RecordKeys, b: RecordKeys): boolean {
  return a.emailLocal !== '' && a.emailLocal === b.emailLocal && a.emailDomain !== b.emailDomain;
}

/** `neg_similar_name`: normalised full names with Jaro-Winkler > 0.9, no shared email and no shared phone. */
export function isSimilarNameNegative(a: RecordKeys, b: RecordKeys): boolean {
  if (a.fullName === '' || b.fullName === '') return false;
  if (a.email !== '' && a.email === b.email) return false;
  if (a.phone !== '' && a.phone === b.phone) return false;
  return jaroWinkler(a.fullName, b.fullName) > SIMILAR_NAME_THRESHOLD;
}

/** `neg_zip_house`: same normalised zip and house number, different (present) normalised full names. */
export function isZipHouseNegative(a: RecordKeys, b: RecordKeys): boolean {
  return (
    a.zip !== '' &&
    a.house !== '' &&
    a.zip === b.zip &&
    a.house === b.house &&
    a.fullName !== '' &&
    b.fullName !== '' &&
    a.fullName !== b.fullName
  );
}
