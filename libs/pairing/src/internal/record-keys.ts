import { normalizeAddress, normalizeEmail, normalizeName, normalizePhone, normalizeZip, soundex } from '@synth/features';
import type { PartyRecord } from '@synth/features';

/** The normalised values the pair definitions and blocking keys are stated in ('' = missing). */
export interface RecordKeys {
  /** Normalised email (`local@domain`). */
  readonly email: string;
  readonly emailLocal: string;
  readonly emailDomain: string;
  /** National phone number (10 digits). */
  readonly phone: string;
  /** Normalised first and last name joined by one space. */
  readonly fullName: string;
  readonly first: string;
  readonly last: string;
  readonly zip: string;
  /** First token of the normalised address when it starts with a digit. */
  readonly house: string;
}

/** The house number of a normalised address: its first token, when that starts with a digit. */
export function houseNumber(normalizedAddress: string): string {
  const first = normalizedAddress.trim().split(/\s+/, 1)[0] ?? '';
  return /^\d/.test(first) ? first : '';
}

/** Computes the pairing keys of one record from its plain values. */
export function recordKeys(party: PartyRecord): RecordKeys {
  const email = party.email ? normalizeEmail(party.email) : null;
  const phone = party.phone ? normalizePhone(party.phone) : null;
  const first = party.first_name ? normalizeName(party.first_name) : '';
  const last = party.last_name ? normalizeName(party.last_name) : '';
  return {
    email: email ? email.email : '',
    emailLocal: email ? email.local : '',
    emailDomain: email ? email.domain : '',
    phone: phone ? phone.national : '',
    fullName: first && last ? `${first} ${last}` : first || last,
    first,
    last,
    zip: party.zip ? normalizeZip(party.zip) : '',
    house: party.address ? houseNumber(normalizeAddress(party.address)) : '',
  };
}

/** Blocking keys for similar names: soundex of one name part plus the other's initial (both orders). */
export function nameBlockingKeys(k: RecordKeys): string[] {
  if (!k.first || !k.last) return [];
  return [`l${soundex(k.last)}${k.first[0]}`, `f${soundex(k.first)}${k.last[0]}`];
}
