/**
 * Version of the feature definitions. It changes whenever any feature's value can change for the
 * same input (definition, normaliser or table change), so cached training features and serving
 * features can be checked for parity.
 */
export const FEATURE_VERSION = '2.0.0';

/**
 * The names of the pairwise features, in column order. Every value is in [0, 1] or `null`
 * (an input missing on either side); see the package README for each definition.
 *
 * @example
 * featureNames.length; // 13
 */
export const featureNames = Object.freeze([
  'email_exact',
  'email_local_jw',
  'email_domain_equal',
  'phone_equal',
  'first_name_jw',
  'last_name_jw',
  'name_jw',
  'first_name_nickname_equal',
  'name_phonetic_equal',
  'address_number_equal',
  'address_token_jaccard',
  'zip_equal',
  'company_jw',
] as const);

/** One feature name. */
export type FeatureName = (typeof featureNames)[number];

/** A whole feature vector: every feature by name, a number in [0, 1] or `null` (input missing). */
export type FeatureVector = Record<FeatureName, number | null>;
