// Types
export type {
  FieldKind,
  StrategyName,
  NoiseField,
  NoiseContext,
  NoiseStrategy,
  StrategyExample,
  NoiseProfile,
} from './types';

// Registry
export { STRATEGY_NAMES } from './strategy-names';
export { isStrategyName } from './is-strategy-name';
export { NOISE_STRATEGIES } from './noise-strategies';
export { getNoiseStrategy } from './get-noise-strategy';
export { strategiesForKind } from './strategies-for-kind';

// Applying noise
export { applyNoise } from './apply-noise';
export type { AppliedNoise, NoiseResult } from './apply-noise';
export { applyNoiseInPlace } from './apply-noise-in-place';
export { NoiseDraws } from './noise-draws';
export { formatAppliedNoise } from './format-applied-noise';

// Profile
export { defaultNoiseProfile } from './default-noise-profile';
export { NOISE_OPTION_TABLE } from './noise-option-table';
export type { NoiseRateOption } from './noise-option-table';
export { NOISE_PRESETS } from './noise-presets';
export { parseNoiseProfile } from './parse-noise-profile';
export { noiseProfileToJSON } from './noise-profile-to-json';
export type { NoiseProfileJson } from './noise-profile-to-json';

// Tally and rate checks
export { NoiseTally } from './noise-tally';
export type { NoiseTallyEntry, NoiseTallyJson } from './noise-tally';
export { rateWarnings } from './rate-warnings';
export type { RateTolerance, NoiseRateWarning } from './rate-warnings';

// Errors
export { NoiseError } from './noise-error';
