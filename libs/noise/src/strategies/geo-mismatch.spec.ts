import fc from 'fast-check';
import { createRng } from '@synth/random';
import { geoMismatchStrategy } from './geo-mismatch';
import { CITIES, contextFor, rngArb, ZIPS_CA, ZIPS_US } from '../testing-internal/fixtures';
import { postalShape } from '../internal/postal';

const outcomes = (value: string, kind: 'zip' | 'city'): Set<string> => {
  const seen = new Set<string>();
  for (let s = 0; s < 200; s++) seen.add(geoMismatchStrategy.apply(value, createRng(s, 'g'), contextFor(kind)));
  return seen;
};

describe('geoMismatchStrategy', () => {
  it.each([
    ['zip', '60614', '60615'],
    ['zip', '60614', '60612'],
    ['zip', 'M5V 2T6', 'M5V 2T7'],
    ['zip', 'M5V 2T6', 'M5V 2S6'],
    ['zip', 'M5V2T6', 'M5V2T5'],
    ['city', 'Saint Louis', 'St. Louis'],
    ['city', 'St. Louis', 'Saint Louis'],
    ['city', 'Fort Worth', 'Ft Worth'],
    ['city', 'Montréal', 'Montreal'],
    ['city', 'North Las Vegas', 'N Las Vegas'],
    ['city', 'Saint-Jérôme', 'St-Jérôme'],
    ['city', 'New York', 'New York City'],
  ] as const)('should be able to turn the %s %j into %j', (kind, before, after) => {
    expect(outcomes(before, kind)).toContain(after);
  });

  it.each([['Springfield'], ['Toronto'], ['North']])('should know no variant of the city %j', (city) => {
    expect(geoMismatchStrategy.isApplicable(city, contextFor('city'))).toBe(false);
  });

  it('should keep a US zip five digits in the same 3-digit area', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZIPS_US), rngArb, (zip, rng) => {
        const out = geoMismatchStrategy.apply(zip, rng, contextFor('zip'));
        expect(out).toMatch(/^\d{5}$/);
        expect(out).not.toBe(zip);
        expect(out.slice(0, 3)).toBe(zip.slice(0, 3));
        expect(Math.abs(Number(out) - Number(zip))).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('should keep a Canadian postal code its shape and forward sortation area', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZIPS_CA), rngArb, (zip, rng) => {
        const out = geoMismatchStrategy.apply(zip, rng, contextFor('zip'));
        expect(out).not.toBe(zip);
        expect(postalShape(out)).toBe(postalShape(zip));
        expect(out.slice(0, 3)).toBe(zip.slice(0, 3));
        expect(out.toUpperCase()).toMatch(/^[A-Z]\d[A-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/);
      }),
    );
  });

  it('should give a different spelling of a known city', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CITIES), rngArb, (city, rng) => {
        fc.pre(geoMismatchStrategy.isApplicable(city, contextFor('city')));
        expect(geoMismatchStrategy.apply(city, rng, contextFor('city'))).not.toBe(city);
      }),
    );
  });
});
