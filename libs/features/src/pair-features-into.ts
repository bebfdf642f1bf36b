import { areNicknamesNormalized } from './internal/nickname-index';
import { metaphoneOf } from './internal/party-core';
import { jaccardOfUnique } from './internal/tokens';
import { jaroWinkler } from './jaro-winkler';
import type { NormalizedParty } from './normalize-party';
import { featureNames } from './feature-names';

/** Value, or NaN for a missing input: exact match of two present strings. */
function eq(a: string, b: string): number {
  return a === '' || b === '' ? NaN : a === b ? 1 : 0;
}

/** Jaro-Winkler of two present strings, NaN when either is missing. */
function jw(a: string, b: string): number {
  return a === '' || b === '' ? NaN : jaroWinkler(a, b);
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

/** Jaro-Winkler of the full names, the better of the as-written and the token-sorted order; NaN when missing. */
function nameJw(a: NormalizedParty, b: NormalizedParty): number {
  if (a.fullName === '' || b.fullName === '') return NaN;
  const plain = jaroWinkler(a.fullName, b.fullName);
  if (plain < 1 && (a.fullNameSorted !== a.fullName || b.fullNameSorted !== b.fullName)) {
    const sorted = jaroWinkler(a.fullNameSorted, b.fullNameSorted);
    if (sorted > plain) return sorted;
  }
  return plain;
}

/** 1 when the last names (and, when both present, the first names) sound alike, else 0; NaN without last names. */
function phonetic(a: NormalizedParty, b: NormalizedParty): number {
  if (a.lastName === '' || b.lastName === '') return NaN;
  let match = phoneticMatch(a.lastName, b.lastName, a.lastMetaphone, b.lastMetaphone);
  if (match && a.firstName !== '' && b.firstName !== '') {
    match =
      areNicknamesNormalized(a.firstName, b.firstName) ||
      phoneticMatch(a.firstName, b.firstName, a.firstMetaphone, b.firstMetaphone);
  }
  return match ? 1 : 0;
}

/**
 * `pairFeaturesNormalized(a, b)` written into `out` instead of a new object: feature `k` (in `featureNames`
 * order) goes to `out[offset + k]`, NaN standing for `null` (a feature is never NaN otherwise). The values are
 * the same doubles, bit for bit. For callers that store many vectors in typed arrays (one reused buffer, no
 * object per pair).
 *
 * @example
 * const out = new Float64Array(featureNames.length);
 * pairFeaturesNormalizedInto(normalizeParty(a), normalizeParty(b), out);
 * out[featureNames.indexOf('zip_equal')]; // 1, 0 or NaN (missing zip)
 */
export function pairFeaturesNormalizedInto(
  a: NormalizedParty,
  b: NormalizedParty,
  out: Float64Array,
  offset = 0,
): void {
  if (!(offset >= 0 && offset + featureNames.length <= out.length))
    throw new RangeError(`pairFeaturesNormalizedInto: ${featureNames.length} features do not fit at offset ${offset}`);
  const ea = a.email;
  const eb = b.email;
  if (ea !== null && eb !== null) {
    out[offset] = ea.local === eb.local && ea.domain === eb.domain ? 1 : 0;
    out[offset + 1] = jaroWinkler(ea.local, eb.local);
    out[offset + 2] = ea.domain === eb.domain ? 1 : 0;
  } else {
    out[offset] = NaN;
    out[offset + 1] = NaN;
    out[offset + 2] = NaN;
  }
  out[offset + 3] = a.phone === null || b.phone === null ? NaN : a.phone === b.phone ? 1 : 0;
  out[offset + 4] = jw(a.firstName, b.firstName);
  out[offset + 5] = jw(a.lastName, b.lastName);
  out[offset + 6] = nameJw(a, b);
  out[offset + 7] =
    a.firstName === '' || b.firstName === '' ? NaN : areNicknamesNormalized(a.firstName, b.firstName) ? 1 : 0;
  out[offset + 8] = phonetic(a, b);
  out[offset + 9] = eq(a.houseNumber, b.houseNumber);
  out[offset + 10] = a.address === '' || b.address === '' ? NaN : jaccardOfUnique(a.addressTokens, b.addressTokens);
  out[offset + 11] = eq(a.zip, b.zip);
  out[offset + 12] = jw(a.company, b.company);
}
