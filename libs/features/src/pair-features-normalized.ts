import type { FeatureVector } from './feature-names';
import { areNicknamesNormalized } from './internal/nickname-index';
import { metaphoneOf } from './internal/party-core';
import { jaccardOfUnique } from './internal/tokens';
import { jaroWinkler } from './jaro-winkler';
import type { NormalizedParty } from './normalize-party';

function eq(a: string, b: string): number | null {
  return a === '' || b === '' ? null : a === b ? 1 : 0;
}

function jw(a: string, b: string): number | null {
  return a === '' || b === '' ? null : jaroWinkler(a, b);
}

type Codes = readonly [string, string] | null;

/** Two names sound alike: equal, or their Double Metaphone codes (computed if `null`) share a non-empty code. */
function phoneticMatch(a: string, b: string, pa: Codes, pb: Codes): boolean {
  if (a === b) return true;
  const ca = pa ?? metaphoneOf(a);
  const cb = pb ?? metaphoneOf(b);
  if (ca[0] === '' || cb[0] === '') return false;
  return ca[0] === cb[0] || ca[0] === cb[1] || (ca[1] !== '' && (ca[1] === cb[0] || ca[1] === cb[1]));
}

/**
 * The feature vector of two already-normalised parties (see `normalizeParty`); equal to
 * `pairFeatures(a, b)` on the raw records. Symmetric: swapping the arguments gives the same vector.
 *
 * @example
 * const va = normalizeParty(a); // once per record, cached
 * pairFeaturesNormalized(va, normalizeParty(b)).email_exact; // 1, 0 or null
 */
export function pairFeaturesNormalized(a: NormalizedParty, b: NormalizedParty): FeatureVector {
  const ea = a.email;
  const eb = b.email;
  const hasEmail = ea !== null && eb !== null;
  const hasFull = a.fullName !== '' && b.fullName !== '';
  let nameJw: number | null = null;
  if (hasFull) {
    nameJw = jaroWinkler(a.fullName, b.fullName);
    if (nameJw < 1 && (a.fullNameSorted !== a.fullName || b.fullNameSorted !== b.fullName)) {
      const sorted = jaroWinkler(a.fullNameSorted, b.fullNameSorted);
      if (sorted > nameJw) nameJw = sorted;
    }
  }
  let phonetic: number | null = null;
  if (a.lastName !== '' && b.lastName !== '') {
    let match = phoneticMatch(a.lastName, b.lastName, a.lastMetaphone, b.lastMetaphone);
    if (match && a.firstName !== '' && b.firstName !== '') {
      match =
        areNicknamesNormalized(a.firstName, b.firstName) ||
        phoneticMatch(a.firstName, b.firstName, a.firstMetaphone, b.firstMetaphone);
    }
    phonetic = match ? 1 : 0;
  }
  return {
    email_exact: hasEmail ? (ea.local === eb.local && ea.domain === eb.domain ? 1 : 0) : null,
    email_local_jw: hasEmail ? jaroWinkler(ea.local, eb.local) : null,
    email_domain_equal: hasEmail ? (ea.domain === eb.domain ? 1 : 0) : null,
    phone_equal: a.phone === null || b.phone === null ? null : a.phone === b.phone ? 1 : 0,
    first_name_jw: jw(a.firstName, b.firstName),
    last_name_jw: jw(a.lastName, b.lastName),
    name_jw: nameJw,
    first_name_nickname_equal:
      a.firstName === '' || b.firstName === '' ? null : areNicknamesNormalized(a.firstName, b.firstName) ? 1 : 0,
    name_phonetic_equal: phonetic,
    address_number_equal: eq(a.houseNumber, b.houseNumber),
    address_token_jaccard:
      a.address === '' || b.address === '' ? null : jaccardOfUnique(a.addressTokens, b.addressTokens),
    zip_equal: eq(a.zip, b.zip),
    company_jw: jw(a.company, b.company),
  };
}
