import type { Rng } from '@synth/random';
import type { NoiseDraws } from './noise-draws';
import type { NoiseTally } from './noise-tally';
import { applyNoiseInPlace } from './apply-noise-in-place';
import type { NoiseField, NoiseProfile, StrategyName } from './types';

/** One application: which strategy changed which field. */
export interface AppliedNoise {
  strategy: StrategyName;
  field: string;
}

/** What {@link applyNoise} returns. */
export interface NoiseResult {
  /** A new row (the input is never mutated). */
  row: Record<string, string>;
  /** Distinct strategy names applied, in order of first application. */
  applied: StrategyName[];
  /** Every application with its field, in order (feed it to `formatAppliedNoise` for the truth file). */
  changes: AppliedNoise[];
}

/**
 * Applies the profile's noise to a copy of `row`. Fields are visited in `fields` order; on each
 * non-empty value the strategies for its kind are tried in a fixed order (`missing` first, `case`
 * last). Each strategy that can change the current value (an *opportunity*) is applied with its
 * configured probability, and an applied strategy always changes the value, so a tally's
 * applications / opportunities estimates exactly that probability. The edits draw from `rng` — pass a
 * stream derived from `(seed, 'noise', record id)`. The decision to apply is a uniform draw from
 * `draws` (stratified per strategy, see {@link NoiseDraws}: share one across the records of a chunk so
 * realised rates track the configured ones closely) or, without it, from `rng`. Every opportunity and
 * application is counted in `tally`.
 *
 * @example
 * const draws = new NoiseDraws(createRng(42, 'noise', 'draws', chunk), profile);
 * const rng = createRng(42, 'noise', record.id);
 * const { row, applied, changes } = applyNoise(record.row, fields, profile, rng, tally, draws);
 * truth.noise = formatAppliedNoise(changes); // e.g. "nickname:first_name|phone_format:phone"
 */
export function applyNoise(
  row: Readonly<Record<string, string>>,
  fields: readonly NoiseField[],
  profile: NoiseProfile,
  rng: Rng,
  tally?: NoiseTally,
  draws?: NoiseDraws,
): NoiseResult {
  const out: Record<string, string> = { ...row };
  const changes = [...applyNoiseInPlace(out, fields, profile, rng, tally, draws)];
  const applied: StrategyName[] = [];
  for (const { strategy } of changes) if (applied.indexOf(strategy) < 0) applied.push(strategy);
  return { row: out, applied, changes };
}
