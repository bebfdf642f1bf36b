import fc from 'fast-check';
import { damerauLevenshtein } from './damerau-levenshtein';
import { levenshtein } from './levenshtein';
import { normalizedLevenshtein } from './normalized-levenshtein';
import { osaDistance } from './osa-distance';
import { referenceDamerau } from './testing-internal/reference-damerau';

const natural = require('natural/lib/natural/distance/levenshtein_distance') as {
  LevenshteinDistance: (a: string, b: string) => number;
  DamerauLevenshteinDistance: (a: string, b: string, o?: { restricted?: boolean }) => number;
};

const small = fc.string({ maxLength: 10, unit: fc.constantFrom('a', 'b', 'c', 'd') });

describe(levenshtein, () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['same', 'same', 0],
    ['CA', 'ABC', 3],
    ['Saturday', 'Sunday', 3],
  ])('should give levenshtein(%j, %j) = %d', (a, b, d) => {
    expect(levenshtein(a, b)).toBe(d);
  });

  it('should agree with natural and be a metric', () => {
    fc.assert(
      fc.property(small, small, small, (a, b, c) => {
        const d = levenshtein(a, b);
        expect(d).toBe(natural.LevenshteinDistance(a, b));
        expect(levenshtein(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(levenshtein(a, c)).toBeLessThanOrEqual(d + levenshtein(b, c));
      }),
    );
  });
});

describe(damerauLevenshtein, () => {
  it.each([
    ['CA', 'ABC', 2],
    ['ab', 'ba', 1],
    ['abcdef', 'badcfe', 3],
    ['', 'ab', 2],
    ['a cat', 'an act', 2],
  ])('should give damerauLevenshtein(%j, %j) = %d', (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
  });

  it('should agree with a textbook implementation and be a metric not above levenshtein', () => {
    fc.assert(
      fc.property(small, small, small, (a, b, c) => {
        const d = damerauLevenshtein(a, b);
        expect(d).toBe(referenceDamerau(a, b));
        expect(damerauLevenshtein(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(levenshtein(a, b));
        expect(damerauLevenshtein(a, c)).toBeLessThanOrEqual(d + damerauLevenshtein(b, c));
      }),
    );
  });

  it('should handle characters outside the BMP and long strings', () => {
    expect(damerauLevenshtein('😀a', 'a😀')).toBe(2); // code units: delete a, insert a
    expect(damerauLevenshtein('x'.repeat(300), 'y'.repeat(300))).toBe(300);
  });
});

describe(osaDistance, () => {
  it.each([
    ['CA', 'ABC', 3],
    ['ab', 'ba', 1],
    ['abcd', 'acbd', 1],
    ['', 'abc', 3],
  ])('should give osaDistance(%j, %j) = %d', (a, b, d) => {
    expect(osaDistance(a, b)).toBe(d);
  });

  it('should agree with natural (restricted), be symmetric and lie between Damerau and Levenshtein', () => {
    fc.assert(
      fc.property(small, small, (a, b) => {
        const d = osaDistance(a, b);
        expect(d).toBe(natural.DamerauLevenshteinDistance(a, b, { restricted: true }));
        expect(osaDistance(b, a)).toBe(d);
        expect(d).toBeGreaterThanOrEqual(damerauLevenshtein(a, b));
        expect(d).toBeLessThanOrEqual(levenshtein(a, b));
      }),
    );
  });
});

describe(normalizedLevenshtein, () => {
  it.each([
    ['kitten', 'sitting', 1 - 3 / 7],
    ['', '', 1],
    ['abc', '', 0],
    ['abc', 'abc', 1],
  ])('should give normalizedLevenshtein(%j, %j) = %d', (a, b, s) => {
    expect(normalizedLevenshtein(a, b)).toBeCloseTo(s, 12);
  });

  it('should stay in [0, 1], be symmetric and give 1 for identical strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = normalizedLevenshtein(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(normalizedLevenshtein(b, a)).toBe(s);
        expect(normalizedLevenshtein(a, a)).toBe(1);
      }),
    );
  });
});
