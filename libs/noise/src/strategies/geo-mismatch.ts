import type { Rng } from '@synth/random';
import type { NoiseContext, NoiseStrategy } from '../types';
import { cityVariant, hasCityVariant } from '../internal/city-variants';
import { neighbouringPostalCode } from '../internal/neighbouring-postal-code';
import { postalShape } from '../internal/postal';

/**
 * `geo_mismatch`: a small geographic disagreement. Zips: a neighbouring code of the same shape in the
 * same state/province (US `60614` → `60615`; CA `M5V 2T6` → `M5V 2T7`). Cities: another spelling of the
 * same place (`Saint Louis` → `St. Louis`, `Fort Worth` → `Ft Worth`, `Montréal` → `Montreal`).
 */
export const geoMismatchStrategy: NoiseStrategy = {
  name: 'geo_mismatch',
  description: 'Neighbouring zip in the same state/province (same shape), or the city spelt another way.',
  defaultRate: 0.03,
  kinds: ['zip', 'city'],
  examples: [
    { kind: 'zip', before: '60614', after: '60615' },
    { kind: 'zip', before: 'M5V 2T6', after: 'M5V 2T7' },
    { kind: 'city', before: 'Saint Louis', after: 'St. Louis' },
  ],
  isApplicable(value: string, context: NoiseContext): boolean {
    return context.field.kind === 'zip' ? postalShape(value) !== undefined : hasCityVariant(value);
  },
  apply(value: string, rng: Rng, context: NoiseContext): string {
    if (context.field.kind === 'zip') return neighbouringPostalCode(value, rng) ?? value;
    return cityVariant(value, rng);
  },
};
