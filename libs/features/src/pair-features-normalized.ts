import { featureNames } from './feature-names';
import type { FeatureVector } from './feature-names';
import type { NormalizedParty } from './normalize-party';
import { pairFeaturesNormalizedInto } from './pair-features-into';

/** The buffer every call fills (one per isolate; workers get their own). */
const v = new Float64Array(featureNames.length);

/** NaN (a missing input) as `null`. */
const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/**
 * The feature vector of two already-normalised parties (see `normalizeParty`); equal to
 * `pairFeatures(a, b)` on the raw records. Symmetric: swapping the arguments gives the same vector.
 * To store many vectors without an object each, see `pairFeaturesNormalizedInto`.
 *
 * @example
 * const va = normalizeParty(a); // once per record, cached
 * pairFeaturesNormalized(va, normalizeParty(b)).email_exact; // 1, 0 or null
 */
export function pairFeaturesNormalized(a: NormalizedParty, b: NormalizedParty): FeatureVector {
  pairFeaturesNormalizedInto(a, b, v);
  // In featureNames order (one object literal: one shape for every vector).
  return {
    email_exact: orNull(v[0]),
    email_local_jw: orNull(v[1]),
    email_domain_equal: orNull(v[2]),
    phone_equal: orNull(v[3]),
    first_name_jw: orNull(v[4]),
    last_name_jw: orNull(v[5]),
    name_jw: orNull(v[6]),
    first_name_nickname_equal: orNull(v[7]),
    name_phonetic_equal: orNull(v[8]),
    address_number_equal: orNull(v[9]),
    address_token_jaccard: orNull(v[10]),
    zip_equal: orNull(v[11]),
    company_jw: orNull(v[12]),
  };
}
