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
    // 4 matches; m, i, h against h, m, i: 3 half-transpositions → t = floor(3 / 2) = 1, as strcmp95 counts.
    ['Schmidt', 'Smith', 0.707143],
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
    ['Schmidt', 'Smith', 0.736429],
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
