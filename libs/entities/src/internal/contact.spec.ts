import fc from 'fast-check';
import { createRng, type Rng } from '@synth/random';
import { phoneNumber, postalCode, slug } from './contact';
import { CA_REGIONS, US_REGIONS, type City } from './tables/geo';

/** The definition `slug` implements with a fast path for ASCII letters. */
const reference = (s: string): string =>
  (/[\u0080-\uffff]/.test(s) ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s)
    .toLowerCase()
    .replace(/[^a-z]/g, '');

describe(slug, () => {
  it('should keep lower-case letters only, accents dropped', () => {
    expect(slug("O'Neil-Smith")).toBe('oneilsmith');
    expect(slug('Côté')).toBe('cote');
    expect(slug('Smith')).toBe('smith');
    expect(slug('')).toBe('');
  });

  it('should agree with its definition on any string', () => {
    const letters = fc.string({ unit: fc.constantFrom(...'AaZz`{@[ -.Éé’'.split('')) });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), letters), (s) => {
        expect(slug(s)).toBe(reference(s));
        expect(slug(s)).toBe(reference(s)); // memoised answers too
      }),
    );
  });
});

/** Every city of the tables with its country, and made-up ones whose prefix or area code has an unusual length. */
const CITIES: [country: 'US' | 'CA', city: City][] = [
  ...US_REGIONS.flatMap((r) => r.cities.map((c): ['US', City] => ['US', c])),
  ...CA_REGIONS.flatMap((r) => r.cities.map((c): ['CA', City] => ['CA', c])),
  ['US', { name: 'Odd', prefix: '1234', areaCodes: ['98', '1234'] }],
  ['CA', { name: 'Odd', prefix: 'K', areaCodes: ['6131'] }],
];

/** The string-template forms `phoneNumber` and `postalCode` make as one string: same draws, same text. */
const digit = (rng: Rng, min = 0) => '0123456789'[min + Math.floor(rng.next() * (10 - min))];
const caLetter = (rng: Rng) => 'ABCEGHJKLMNPRSTVWXYZ'[Math.floor(rng.next() * 20)];
function referencePhone(rng: Rng, city: City): string {
  const area = city.areaCodes.length === 1 ? city.areaCodes[0] : rng.pick(city.areaCodes);
  const e1 = digit(rng, 2);
  const e2 = digit(rng);
  let e3 = digit(rng);
  if (e2 === '1' && e3 === '1') e3 = '2';
  return `(${area}) ${e1}${e2}${e3}-${digit(rng)}${digit(rng)}${digit(rng)}${digit(rng)}`;
}
function referencePostal(rng: Rng, country: 'US' | 'CA', city: City): string {
  if (country === 'US') {
    const n = 1 + Math.floor(rng.next() * 98);
    return `${city.prefix}${n < 10 ? '0' : ''}${n}`;
  }
  return `${city.prefix}${caLetter(rng)} ${digit(rng)}${caLetter(rng)}${digit(rng)}`;
}

describe(phoneNumber, () => {
  it('should give the text and leave the stream where the template form does', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...CITIES), (seed, [, city]) => {
        const [a, b] = [createRng(seed, 'phone'), createRng(seed, 'phone')];
        expect(phoneNumber(a, city)).toBe(referencePhone(b, city));
        expect(a.next()).toBe(b.next());
      }),
      { numRuns: 500 },
    );
  });
});

describe(postalCode, () => {
  it('should give the text and leave the stream where the template form does', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...CITIES), (seed, [country, city]) => {
        const [a, b] = [createRng(seed, 'zip'), createRng(seed, 'zip')];
        expect(postalCode(a, country, city)).toBe(referencePostal(b, country, city));
        expect(a.next()).toBe(b.next());
      }),
      { numRuns: 500 },
    );
  });
});
