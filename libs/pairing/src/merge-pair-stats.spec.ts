import fc from 'fast-check';
import { buildPairs } from './build-pairs';
import { emptyPairStats } from './empty-pair-stats';
import { mergePairStats } from './merge-pair-stats';
import { makeFixture } from './testing-internal/make-fixture';

const statsOf = (seed: number, block: number) =>
  buildPairs(makeFixture({ seed: seed + block, entities: 60 }), { seed, block }).stats;

describe(mergePairStats, () => {
  it('should leave stats unchanged when merged with emptyPairStats', () => {
    fc.assert(
      fc.property(fc.nat(10_000), (seed) =>
        expect(mergePairStats(statsOf(seed, 0), emptyPairStats())).toEqual(statsOf(seed, 0)),
      ),
      {
        numRuns: 10,
      },
    );
  });

  it('should sum counts, recompute ratios and be commutative', () => {
    fc.assert(
      fc.property(fc.nat(10_000), (seed) => {
        const a = statsOf(seed, 0);
        const b = statsOf(seed, 1);
        const m = mergePairStats(a, b);
        expect(mergePairStats(b, a)).toEqual(m);
        expect(m.total.positives).toBe(a.total.positives + b.total.positives);
        expect(m.splits.test.byKind.neg_random).toBe(a.splits.test.byKind.neg_random + b.splits.test.byKind.neg_random);
        expect(m.randomFill).toBe(a.randomFill + b.randomFill);
        expect(m.skippedPositives).toBe(a.skippedPositives + b.skippedPositives);
        expect(m.total.ratio).toBe(m.total.positives > 0 ? m.total.negatives / m.total.positives : null);
      }),
      { numRuns: 10 },
    );
  });

  it('should not change its inputs', () => {
    const a = statsOf(5, 0);
    const copy = structuredClone(a);
    mergePairStats(a, statsOf(5, 1));
    expect(a).toEqual(copy);
  });

  it('should give a neutral emptyPairStats with no ratio', () => {
    const empty = emptyPairStats();
    expect(empty.total).toEqual(expect.objectContaining({ positives: 0, negatives: 0, ratio: null }));
    expect(mergePairStats(empty, empty)).toEqual(empty);
  });
});
