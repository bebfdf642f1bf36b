import fc from 'fast-check';
import { PairSet } from './pair-set';

describe(PairSet, () => {
  it('should hold exactly the pairs added, like a Set of "a|b" strings, across growth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(500), fc.nat(500)), { maxLength: 3000 }), (pairs) => {
        const set = new PairSet(4);
        const oracle = new Set<string>();
        for (const [a, b] of pairs) {
          expect(set.add(a, b)).toBe(!oracle.has(`${a}|${b}`));
          oracle.add(`${a}|${b}`);
        }
        expect(set.size).toBe(oracle.size);
        for (const [a, b] of pairs) {
          expect(set.has(a, b)).toBe(true);
          expect(set.has(b + 501, a)).toBe(false);
        }
      }),
      { numRuns: 30 },
    );
  });
});
