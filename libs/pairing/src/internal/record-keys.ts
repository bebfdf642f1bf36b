import type { PartyKeys } from '@synth/features';

/** The normalised values the pair definitions and blocking keys are stated in ('' = missing). */
export interface RecordKeys {
  /** Normalised email (`local@domain`). */
  readonly email: string;
  readonly emailLocal: string;
  readonly emailDomain: string;
  /** National phone number (10 digits). */
  readonly phone: string;
  /** Normalised first and last name joined by one space (or the one present). */
  readonly fullName: string;
  readonly first: string;
  readonly last: string;
  readonly zip: string;
  /** First token of the normalised address when it starts with a digit. */
  readonly house: string;
}

/** The pairing keys of one record, read off its normalised party keys (no second normalisation). */
export function recordKeys(n: PartyKeys): RecordKeys {
  return {
    email: n.email ? n.email.email : '',
    emailLocal: n.email ? n.email.local : '',
    emailDomain: n.email ? n.email.domain : '',
    phone: n.phone ?? '',
    fullName: n.fullName,
    first: n.firstName,
    last: n.lastName,
    zip: n.zip,
    house: n.houseNumber,
  };
}

/**
 * The party keys {@link recordKeys} was given, back from its result: a normalised email (`local@domain`) and
 * a national phone number are never `''`, so `''` stands for `null` without ambiguity.
 */
export function partyKeysOf(k: RecordKeys): PartyKeys {
  return {
    email: k.email === '' ? null : { local: k.emailLocal, domain: k.emailDomain, email: k.email },
    phone: k.phone === '' ? null : k.phone,
    firstName: k.first,
    lastName: k.last,
    fullName: k.fullName,
    zip: k.zip,
    houseNumber: k.house,
  };
}
