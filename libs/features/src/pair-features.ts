import type { FeatureVector } from './feature-names';
import { normalizePartyCore } from './internal/party-core';
import { pairFeaturesNormalized } from './pair-features-normalized';
import type { PartyRecord } from './party-record';

/**
 * The whole named feature vector of two party records (every name in `featureNames`). Each value
 * is in [0, 1], or `null` when the input is missing (or unparseable) on either side; never NaN.
 * Symmetric. Records are normalised on the fly: to compare one record many times, normalise it
 * once with `normalizeParty` and call `pairFeaturesNormalized`.
 *
 * @example
 * pairFeatures(
 *   { first_name: 'Bob', last_name: 'Smith', email: 'bob.smith+x@googlemail.com', zip: '02134' },
 *   { first_name: 'Robert', last_name: 'Smyth', email: 'BobSmith@gmail.com', zip: '02134-0001' },
 * ); // { email_exact: 1, first_name_nickname_equal: 1, name_phonetic_equal: 1, zip_equal: 1, phone_equal: null, … }
 */
export function pairFeatures(a: PartyRecord, b: PartyRecord): FeatureVector {
  const na = normalizePartyCore(a, false, b);
  return pairFeaturesNormalized(na, normalizePartyCore(b, false, a, a, na));
}
