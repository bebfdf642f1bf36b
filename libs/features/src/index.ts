// String similarities and distances (raw, case-sensitive)
export { jaro } from './jaro';
export { jaroWinkler } from './jaro-winkler';
export type { JaroWinklerOptions } from './jaro-winkler';
export { levenshtein } from './levenshtein';
export { damerauLevenshtein } from './damerau-levenshtein';
export { osaDistance } from './osa-distance';
export { normalizedLevenshtein } from './normalized-levenshtein';
export { qgramJaccard } from './qgram-jaccard';
export { tokenJaccard } from './token-jaccard';
export { mongeElkan } from './monge-elkan';
export { soundex } from './soundex';
export { doubleMetaphone } from './double-metaphone';

// Normalisers
export { normalizeEmail } from './normalize-email';
export type { NormalizedEmail } from './normalize-email';
export { normalizePhone } from './normalize-phone';
export type { NormalizedPhone } from './normalize-phone';
export { normalizeName } from './normalize-name';
export { normalizeCompany } from './normalize-company';
export { normalizeAddress } from './normalize-address';
export { normalizeZip } from './normalize-zip';
export { nicknameCanonical } from './nickname-canonical';
export { areNicknames } from './are-nicknames';
export { nicknamesOf } from './nicknames-of';

// Plausibility checks
export { isPlausibleEmail } from './is-plausible-email';
export { isPlausiblePhone } from './is-plausible-phone';
export { isPlausibleZip } from './is-plausible-zip';

// Reference tables
export { NICKNAMES } from './tables/nicknames';
export { USPS_STREET_SUFFIXES } from './tables/usps-street-suffixes';
export { USPS_UNIT_WORDS } from './tables/usps-unit-words';
export { DIRECTIONALS } from './tables/directionals';
export { EMAIL_DOMAIN_ALIASES } from './tables/email-domain-aliases';

// Errors
export { FeaturesError } from './features-error';

// Feature vector
export { featureNames, FEATURE_VERSION } from './feature-names';
export type { FeatureName, FeatureVector } from './feature-names';
export type { PartyRecord } from './party-record';
// Shared vocabulary
export {
  SOURCES,
  SPLITS,
  POSITIVE_KINDS,
  HARD_NEGATIVE_KINDS,
  NEGATIVE_KINDS,
  PAIR_KINDS,
  PAIR_KEY_COLUMNS,
  FIELD_KINDS,
} from './vocabulary';
export type { FieldKind, Source, Split, PositiveKind, HardNegativeKind, NegativeKind, PairKind } from './vocabulary';
export { toPartyRecord } from './to-party-record';
export { normalizeParty } from './normalize-party';
export type { NormalizedParty } from './normalize-party';
export { normalizePartyKeys } from './normalize-party-keys';
export type { PartyKeys } from './normalize-party-keys';
export { completeParty } from './complete-party';
export { PartyColumns } from './party-columns';
export { pairFeatures } from './pair-features';
export { pairFeaturesNormalized } from './pair-features-normalized';
export { pairFeaturesNormalizedInto } from './pair-features-into';
