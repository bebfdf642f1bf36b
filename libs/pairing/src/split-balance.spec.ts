import fc from 'fast-check';
import { buildPairs } from './build-pairs';
import { SPLITS } from './internal/constants';
import { makeFixture } from './testing-internal/make-fixture';
import type { SplitFractions } from './types';

const FRACTIONS: readonly SplitFractions[] = [
  { train: 0.7, valid: 0.15, test: 0.15 },
  { train: 0.8, valid: 0.1, test: 0.1 },
  { train: 0.6, valid: 0.2, test: 0.2 },
];

describe('split balance', () => {
  it('should give each split its fraction of the pairs within ±0.03, with random negatives in every split', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(...FRACTIONS), (seed, fractions) => {
        const records = makeFixture({ seed, entities: 2100 });
        const { stats } = buildPairs(records, { seed, fractions });
        const total = stats.total.positives + stats.total.negatives;
        expect(total).toBeGreaterThanOrEqual(5000);
        for (const split of SPLITS) {
          const s = stats.splits[split];
          const share = (s.positives + s.negatives) / total;
          expect([split, Math.abs(share - fractions[split]) <= 0.03]).toEqual([split, true]);
          expect([split, s.byKind.neg_random > 0]).toEqual([split, true]);
        }
      }),
      // The claim is statistical (strata of 20 groups, shuffled slots, steered by weight: close, not exact), so
      // fast-check's seed is fixed rather than new on every run. Over 220 random seeds the worst split stood 0.0101
      // from its fraction.
      { numRuns: 6, seed: 1 },
    );
  });
});
