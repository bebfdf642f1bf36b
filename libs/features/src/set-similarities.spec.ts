import fc from 'fast-check';
import { FeaturesError } from './features-error';
import { mongeElkan } from './monge-elkan';
import { qgramJaccard } from './qgram-jaccard';
import { tokenJaccard } from './token-jaccard';

const similarityProperties = (name: string, fn: (a: string, b: string) => number): void => {
  it(`should keep ${name} in [0, 1], symmetric, and 1 for identical non-empty strings`, () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = fn(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(fn(b, a)).toBe(s);
        if (a.length > 0) expect(fn(a, a)).toBe(1);
      }),
    );
  });
};

describe(qgramJaccard, () => {
  it.each([
    ['martha', 'marhta', 3, 1 / 7],
    ['abcd', 'abce', 2, 2 / 4],
    ['ab', 'ab', 3, 1],
    ['ab', 'abc', 3, 0],
    ['', '', 3, 1],
    ['abc', '', 3, 0],
  ])('should give qgramJaccard(%j, %j, %d) = %d', (a, b, q, s) => {
    expect(qgramJaccard(a, b, q)).toBeCloseTo(s, 12);
  });

  it('should reject q < 1', () => {
    expect(() => qgramJaccard('a', 'b', 0)).toThrow(
      new FeaturesError('qgramJaccard: q must be an integer ≥ 1, got 0', 'q', 0),
    );
  });

  similarityProperties('qgramJaccard', (a, b) => qgramJaccard(a, b));
});

describe(tokenJaccard, () => {
  it.each([
    ['12 main st', 'main st 12', 1],
    ['12 main st', '12 main ave', 0.5],
    ['a a b', 'a b', 1],
    ['Main', 'main', 0],
    ['  ', '', 1],
  ])('should give tokenJaccard(%j, %j) = %d', (a, b, s) => {
    expect(tokenJaccard(a, b)).toBeCloseTo(s, 12);
  });

  similarityProperties('tokenJaccard', tokenJaccard);
});

describe(mongeElkan, () => {
  it.each([
    ['john smith', 'smith john', 1],
    ['john a smith', 'smith john', 0.833333],
    ['paul', 'pual', 0.925],
    ['x', '', 0],
  ])('should give mongeElkan(%j, %j) = %d', (a, b, s) => {
    expect(mongeElkan(a, b)).toBeCloseTo(s, 6);
  });

  similarityProperties('mongeElkan', mongeElkan);
});
