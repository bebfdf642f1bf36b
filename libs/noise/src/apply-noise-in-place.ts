import type { Rng } from '@synth/random';
import type { AppliedNoise } from './apply-noise';
import type { NoiseDraws } from './noise-draws';
import type { NoiseTally } from './noise-tally';
import { planFor } from './internal/compiled-plan';
import type { NoiseField, NoiseProfile } from './types';

interface MutableContext {
  field: NoiseField;
  fields: readonly NoiseField[];
  row: Record<string, string>;
  country: 'US' | 'CA' | undefined;
}

/** What a row without any change gives (never written to). */
const NO_CHANGES: readonly AppliedNoise[] = Object.freeze([]);

const countryOf = (row: Readonly<Record<string, string>>, fields: readonly NoiseField[]): 'US' | 'CA' | undefined => {
  for (const f of fields) {
    if (f.kind !== 'country') continue;
    const v = row[f.name];
    if (v === 'US' || v === 'CA') return v;
  }
  return undefined;
};

/**
 * {@link applyNoise} on `row` itself: the same draws, decisions and edits, the changed values written into
 * `row`, and every application returned in order (an empty array when nothing changed). For a caller that lets
 * go of the clean row anyway (e.g. a record rendered to be noised and written): no copy of the row is made.
 *
 * @example
 * const changes = applyNoiseInPlace(record.row, fields, profile, createRng(42, 'noise', record.id), tally, draws);
 * truth.noise = formatAppliedNoise(changes); // record.row now holds the noisy values
 */
export function applyNoiseInPlace(
  row: Record<string, string>,
  fields: readonly NoiseField[],
  profile: NoiseProfile,
  rng: Rng,
  tally?: NoiseTally,
  draws?: NoiseDraws,
): readonly AppliedNoise[] {
  let changes: AppliedNoise[] | null = null;
  const { fields: planned, names, stepStart, strategies, indexes, rates } = planFor(fields, profile);
  const context: MutableContext = { field: fields[0], fields, row, country: countryOf(row, fields) };
  for (let f = 0; f < planned.length; f++) {
    const name = names[f];
    let value = row[name];
    if (value === undefined || value === '') continue;
    context.field = planned[f];
    const end = stepStart[f + 1];
    for (let k = stepStart[f]; k < end; k++) {
      const strategy = strategies[k];
      if (!strategy.isApplicable(value, context)) continue;
      const index = indexes[k];
      const u = draws === undefined ? rng.next() : draws.next(index);
      let changed = false;
      if (u < rates[k]) {
        const next = strategy.apply(value, rng, context);
        if (next !== value) {
          value = next;
          row[name] = next;
          changed = true;
          (changes ??= []).push({ strategy: strategy.name, field: name });
        }
      }
      tally?.recordAt(index, changed);
      if (value === '') break;
    }
  }
  return changes ?? NO_CHANGES;
}
