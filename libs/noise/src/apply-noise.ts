import type { Rng } from '@synth/random';
import type { NoiseDraws } from './noise-draws';
import type { NoiseTally } from './noise-tally';
import { planFor, rateTableFor } from './internal/compiled-plan';
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

interface MutableContext {
  field: NoiseField;
  fields: readonly NoiseField[];
  row: Record<string, string>;
  country: 'US' | 'CA' | undefined;
}

const countryOf = (row: Readonly<Record<string, string>>, fields: readonly NoiseField[]): 'US' | 'CA' | undefined => {
  for (const f of fields) {
    if (f.kind !== 'country') continue;
    const v = row[f.name];
    if (v === 'US' || v === 'CA') return v;
  }
  return undefined;
};

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
  const applied: StrategyName[] = [];
  const changes: AppliedNoise[] = [];
  const plan = planFor(fields);
  const rates = rateTableFor(profile);
  const context: MutableContext = { field: fields[0], fields, row: out, country: countryOf(row, fields) };
  for (let f = 0; f < plan.length; f++) {
    const { field, steps } = plan[f];
    let value = out[field.name];
    if (value === undefined || value === '') continue;
    context.field = field;
    for (let k = 0; k < steps.length; k++) {
      const { strategy, index } = steps[k];
      const rate = rates[index];
      if (!(rate > 0) || !strategy.isApplicable(value, context)) continue;
      const u = draws === undefined ? rng.next() : draws.next(index);
      let changed = false;
      if (u < rate) {
        const next = strategy.apply(value, rng, context);
        if (next !== value) {
          value = next;
          out[field.name] = next;
          changed = true;
          changes.push({ strategy: strategy.name, field: field.name });
          if (applied.indexOf(strategy.name) < 0) applied.push(strategy.name);
        }
      }
      tally?.recordAt(index, changed);
      if (value === '') break;
    }
  }
  return { row: out, applied, changes };
}
