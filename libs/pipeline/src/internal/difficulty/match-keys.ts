import type { PartyRecord } from '@synth/features';

/** The contact keys a name-only positive agrees on none of; `''` when the record has no such key. */
export interface MatchKeys {
  /** Email local part: lowercased, `+tag` cut, dots and underscores removed. */
  email: string;
  /** The last 10 digits of the phone. */
  phone: string;
  /** House number (the address line's leading digits) and the postal code's first 3 characters. */
  houseZip: string;
}

/**
 * A record's contact keys, as the name-only definition reads them (features.md, "Difficulty"). The email's
 * local part is everything before the first `@` (the whole value when there is none); the phone keeps its
 * digits only; the postal code is lowercased with spaces removed. A missing part makes its key `''`.
 *
 * @example
 * matchKeys({ email: 'Jo.Ann_Lee+cars@x.com', phone: '+1 (555) 123-4567', address: '12 Elm St', zip: 'K1A 0B1' });
 * // { email: 'joannlee', phone: '5551234567', houseZip: '12|k1a' }
 */
export function matchKeys(party: PartyRecord): MatchKeys {
  const email = (party.email ?? '').toLowerCase();
  const at = email.indexOf('@');
  const local = (at < 0 ? email : email.slice(0, at)).split('+')[0].replace(/[._]/g, '');
  const phone = (party.phone ?? '').replace(/\D/g, '').slice(-10);
  const house = /^\s*(\d+)/.exec(party.address ?? '')?.[1] ?? '';
  const zip3 = (party.zip ?? '').toLowerCase().replace(/ /g, '').slice(0, 3);
  return { email: local, phone, houseZip: house && zip3 ? `${house}|${zip3}` : '' };
}
