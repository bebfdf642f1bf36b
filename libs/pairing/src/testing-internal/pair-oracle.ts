import {
  jaroWinkler,
  normalizeAddress,
  normalizeEmail,
  normalizeName,
  normalizePhone,
  normalizeZip,
} from '@synth/features';
import type { PartyRecord } from '@synth/features';
import type { PairKind } from '../types';

/**
 * The pair-kind definitions of the spec, restated independently of the library code (tests only):
 * each negative must satisfy its own kind's definition.
 */
const plain = (p: PartyRecord) => {
  const email = p.email ? normalizeEmail(p.email) : null;
  const phone = p.phone ? normalizePhone(p.phone) : null;
  const name = [p.first_name, p.last_name]
    .map((s) => (s ? normalizeName(s) : ''))
    .filter((s) => s !== '')
    .join(' ');
  const firstToken = p.address ? normalizeAddress(p.address).split(' ')[0] : '';
  return {
    email: email?.email ?? '',
    local: email?.local ?? '',
    domain: email?.domain ?? '',
    phone: phone?.national ?? '',
    name,
    zip: p.zip ? normalizeZip(p.zip) : '',
    house: /^[0-9]/.test(firstToken) ? firstToken : '',
  };
};

/** True when a pair of this kind may join these two parties (negatives only; positives are checked by entity). */
export function satisfiesKind(kind: PairKind, pa: PartyRecord, pb: PartyRecord): boolean {
  const a = plain(pa);
  const b = plain(pb);
  switch (kind) {
    case 'neg_email_local':
      return a.local !== '' && a.local === b.local && a.domain !== b.domain;
    case 'neg_similar_name':
      return (
        a.name !== '' &&
        b.name !== '' &&
        jaroWinkler(a.name, b.name) > 0.9 &&
        !(a.email !== '' && a.email === b.email) &&
        !(a.phone !== '' && a.phone === b.phone)
      );
    case 'neg_zip_house':
      return (
        a.zip !== '' &&
        a.house !== '' &&
        a.zip === b.zip &&
        a.house === b.house &&
        a.name !== '' &&
        b.name !== '' &&
        a.name !== b.name
      );
    default:
      return true;
  }
}

/** True when email, phone or name is present on both sides (every positive must have this). */
export function hasSharedIdentityField(pa: PartyRecord, pb: PartyRecord): boolean {
  const a = plain(pa);
  const b = plain(pb);
  return (a.email !== '' && b.email !== '') || (a.phone !== '' && b.phone !== '') || (a.name !== '' && b.name !== '');
}
