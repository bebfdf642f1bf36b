import { featureNames } from '@synth/features';
import fc from 'fast-check';
import { createRng } from '@synth/random';
import { buildPairs } from './build-pairs';
import { makeFixture } from './testing-internal/make-fixture';
import { hasSharedIdentityField, satisfiesKind } from './testing-internal/pair-oracle';
import type { Pair, PairingRecord } from './types';

const key = (source: string, id: string) => `${source}/${id}`;
const byKey = (records: readonly PairingRecord[]) => new Map(records.map((r) => [key(r.source, r.id), r]));
const ends = (pair: Pair, index: Map<string, PairingRecord>) =>
  [
    index.get(key(pair.src_a, pair.id_a)) as PairingRecord,
    index.get(key(pair.src_b, pair.id_b)) as PairingRecord,
  ] as const;

const seeds = fc.integer({ min: 0, max: 1_000_000 });
const runs = { numRuns: 20 };
const pairsOf = (seed: number, entities = 150) => {
  const records = makeFixture({ seed, entities });
  return { records, index: byKey(records), ...buildPairs(records, { seed, block: 0 }) };
};

describe(buildPairs, () => {
  it('should make positives of one entity and negatives of two entities', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { pairs, index } = pairsOf(seed);
        const wrong = pairs.filter((pair) => {
          const [a, b] = ends(pair, index);
          return (a.entityId === b.entityId) !== (pair.y === 1);
        });
        expect(wrong).toEqual([]);
      }),
      runs,
    );
  });

  it("should make every negative satisfy its kind's definition", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { pairs, index } = pairsOf(seed);
        const wrong = pairs.filter((pair) => {
          const [a, b] = ends(pair, index);
          return pair.y === 0 && !satisfiesKind(pair.pair_kind, a.party, b.party);
        });
        expect(wrong).toEqual([]);
      }),
      runs,
    );
  });

  it('should keep email, phone or name present on both sides of every positive', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { pairs, index } = pairsOf(seed);
        const wrong = pairs.filter((pair) => {
          const [a, b] = ends(pair, index);
          return pair.y === 1 && !hasSharedIdentityField(a.party, b.party);
        });
        expect(wrong).toEqual([]);
      }),
      runs,
    );
  });

  it('should balance positives to negatives within 1:3..1:5 in every split', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 30, max: 50 }), (seed, tenths) => {
        const records = makeFixture({ seed, entities: 150 });
        const negRatio = tenths / 10;
        const { pairs, stats } = buildPairs(records, { seed, negRatio });
        for (const split of ['train', 'valid', 'test'] as const) {
          const inSplit = pairs.filter((p) => p.split === split);
          const pos = inSplit.filter((p) => p.y === 1).length;
          const neg = inSplit.length - pos;
          if (pos > 0) {
            expect(neg / pos).toBeGreaterThanOrEqual(3);
            expect(neg / pos).toBeLessThanOrEqual(5);
            expect(neg).toBe(Math.round(negRatio * pos));
          } else expect(neg).toBe(0);
          expect(stats.splits[split].ratio).toBe(pos > 0 ? neg / pos : null);
        }
      }),
      runs,
    );
  });

  it('should put no record, no entity and no split group in more than one split', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { pairs, index } = pairsOf(seed);
        const splitOf = new Map<string, string>();
        const conflicts: string[] = [];
        const claim = (k: string, split: string) => {
          if ((splitOf.get(k) ?? split) !== split) conflicts.push(`${k} in ${splitOf.get(k)} and ${split}`);
          splitOf.set(k, split);
        };
        for (const pair of pairs) {
          for (const r of ends(pair, index)) {
            claim(key(r.source, r.id), pair.split);
            claim(r.entityId, pair.split);
            claim(`group ${r.splitGroup ?? r.entityId}`, pair.split);
          }
        }
        expect(conflicts).toEqual([]);
      }),
      runs,
    );
  });

  it('should give the same pairs in the same order for the same records, seed and block, in any input order', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const records = makeFixture({ seed, entities: 120 });
        const first = buildPairs(records, { seed, block: 3 });
        const shuffled = createRng(seed, 'test-shuffle').shuffle([...records]);
        expect(buildPairs(records, { seed, block: 3 })).toEqual(first);
        expect(buildPairs(shuffled, { seed, block: 3 })).toEqual(first);
      }),
      { numRuns: 10 },
    );
  });

  it('should carry every feature, each null or in [0, 1]', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { pairs } = pairsOf(seed, 80);
        const names = featureNames.join();
        const bad = pairs.filter(
          (p) =>
            Object.keys(p.features).join() !== names ||
            Object.values(p.features).some((v) => v !== null && !(v >= 0 && v <= 1)),
        );
        expect(bad).toEqual([]);
      }),
      runs,
    );
  });

  it('should never repeat a pair', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { pairs } = pairsOf(seed);
        const keys = pairs.map((p) => [key(p.src_a, p.id_a), key(p.src_b, p.id_b)].sort().join('|'));
        expect(new Set(keys).size).toBe(keys.length);
      }),
      runs,
    );
  });

  it('should count in the stats exactly the pairs it returns', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { pairs, stats, records } = pairsOf(seed);
        expect(stats.total.positives + stats.total.negatives).toBe(pairs.length);
        expect(stats.total.records).toBe(records.length);
        for (const [kind, n] of Object.entries(stats.total.byKind))
          expect(pairs.filter((p) => p.pair_kind === kind).length).toBe(n);
        expect(stats.randomFill).toBe(stats.total.byKind.neg_random);
        const mix = Object.values(stats.negativeMix).reduce((s, v) => s + v, 0);
        expect(mix).toBeCloseTo(stats.total.negatives > 0 ? 1 : 0);
      }),
      runs,
    );
  });
});
