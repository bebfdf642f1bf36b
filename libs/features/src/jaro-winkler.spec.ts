import fc from 'fast-check';
import { FeaturesError } from './features-error';
import { jaro } from './jaro';
import { jaroWinkler } from './jaro-winkler';

describe(jaro, () => {
  it.each([
    ['JELLYFISH', 'SMELLYFISH', 0.896296],
    ['MARTHA', 'MARHTA', 0.944444],
    ['DWAYNE', 'DUANE', 0.822222],
    ['DIXON', 'DICKSONX', 0.766667],
    ['CRATE', 'TRACE', 0.733333],
    ['abc', 'xyz', 0],
    ['', 'abc', 0],
    ['', '', 1],
  ])('should give jaro(%j, %j) = %d', (a, b, expected) => {
    expect(jaro(a, b)).toBeCloseTo(expected, 6);
  });

  it('should be case-sensitive', () => {
    expect(jaro('MARTHA', 'martha')).toBe(0);
  });
});

describe(jaroWinkler, () => {
  it.each([
    ['MARTHA', 'MARHTA', 0.961111],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.813333],
    ['JELLYFISH', 'SMELLYFISH', 0.896296],
    ['TRATE', 'TRACE', 0.906667],
    ['dunningham', 'cunnigham', 0.896296],
    ['abroms', 'abrams', 0.922222],
    ['lampley', 'campley', 0.904762],
  ])('should give jaroWinkler(%j, %j) = %d', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 6);
  });

  it('should not boost below the threshold (0.7 by default)', () => {
    // jaro('ABCXYZQ', 'ABDPRSTU') < 0.7: no prefix bonus although 'AB' is shared.
    const j = jaro('ABCXYZQ', 'ABDPRSTU');
    expect(j).toBeLessThan(0.7);
    expect(jaroWinkler('ABCXYZQ', 'ABDPRSTU')).toBe(j);
    expect(jaroWinkler('ABCXYZQ', 'ABDPRSTU', { boostThreshold: 0 })).toBeCloseTo(j + 2 * 0.1 * (1 - j), 12);
  });

  it('should honour prefixScale and maxPrefix', () => {
    const j = jaro('MARTHA', 'MARHTA');
    expect(jaroWinkler('MARTHA', 'MARHTA', { prefixScale: 0.2 })).toBeCloseTo(j + 3 * 0.2 * (1 - j), 12);
    expect(jaroWinkler('MARTHA', 'MARHTA', { maxPrefix: 2 })).toBeCloseTo(j + 2 * 0.1 * (1 - j), 12);
  });

  it.each([
    [{ prefixScale: 0.3 }, 'jaroWinkler: prefixScale must be ≥ 0 with prefixScale × maxPrefix ≤ 1, got 0.3 × 4'],
    [{ maxPrefix: 1.5 }, 'jaroWinkler: maxPrefix must be an integer ≥ 0, got 1.5'],
    [{ boostThreshold: 2 }, 'jaroWinkler: boostThreshold must be in [0, 1], got 2'],
  ])('should reject invalid options %j', (options, message) => {
    expect(() => jaroWinkler('a', 'b', options)).toThrow(new FeaturesError(message, '', undefined));
    expect(() => jaroWinkler('a', 'b', options)).toThrow(FeaturesError);
  });

  it('should agree with natural (boost threshold 0 there) when jaro > 0.7', () => {
    const naturalJw = require('natural/lib/natural/distance/jaro-winkler_distance') as (a: string, b: string) => number;
    // Related strings (a word and an edited copy), so that most pairs are above the threshold.
    const letters = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(...'ABCDEFGHIJ'.split('')) });
    const edited = letters.chain((a) =>
      fc.tuple(fc.constant(a), fc.nat(a.length), fc.constantFrom('', 'X', 'AB'), fc.nat(2)).map(
        ([w, at, insert, cut]) => [w, w.slice(0, at) + insert + w.slice(at + cut)] as const,
      ),
    );
    let compared = 0;
    fc.assert(
      fc.property(edited, ([a, b]) => {
        if (b.length === 0 || jaro(a, b) <= 0.7) return;
        compared++;
        expect(jaroWinkler(a, b)).toBeCloseTo(naturalJw(a, b), 10);
      }),
      { numRuns: 400 },
    );
    expect(compared).toBeGreaterThan(100);
  });

  it('should stay in [0, 1], be symmetric and give 1 for identical strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = jaroWinkler(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(jaroWinkler(b, a)).toBe(s);
        expect(jaro(b, a)).toBe(jaro(a, b));
        expect(jaroWinkler(a, a)).toBe(1);
      }),
    );
  });
});
