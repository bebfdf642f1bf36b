import { featureNames, pairFeatures } from '@synth/features';
import fc from 'fast-check';
import { createRng } from '@synth/random';
import { buildPairBatch } from './build-pair-batch';
import { PAIR_KINDS, SPLITS } from './internal/constants';
import { makeFixture } from './testing-internal/make-fixture';
import type { PairBatch, PairingRecord } from './types';

const seeds = fc.integer({ min: 0, max: 1_000_000 });
const runs = { numRuns: 10 };

/** Each pair of a batch by its records' keys, label, kind, split and features (NaN for null). */
function described(records: readonly PairingRecord[], batch: PairBatch) {
  const n = batch.length;
  return Array.from({ length: n }, (_, i) => ({
    a: `${records[batch.a[i]].source}/${records[batch.a[i]].id}`,
    b: `${records[batch.b[i]].source}/${records[batch.b[i]].id}`,
    y: batch.y[i],
    kind: PAIR_KINDS[batch.kind[i]],
    split: SPLITS[batch.split[i]],
    features: batch.features.map((_, f) => (batch.nulls[f * n + i] ? null : batch.values[f * n + i])),
  }));
}

describe(buildPairBatch, () => {
  it('should give every pair the features of its two records, its label and counts that add up', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const records = makeFixture({ seed, entities: 120 });
        const batch = buildPairBatch(records, { seed, block: 0 });
        expect(batch.features).toEqual(featureNames);
        expect(batch.values).toHaveLength(batch.length * featureNames.length);
        expect(batch.nulls).toHaveLength(batch.length * featureNames.length);
        const byKey = new Map(records.map((r) => [`${r.source}/${r.id}`, r]));
        const pairs = described(records, batch);
        const ends = pairs.map((pair) => [pair.a, pair.b].map((key) => byKey.get(key) as PairingRecord));
        // One comparison for the whole batch (per-pair expectations are slow).
        expect(pairs.map((p) => [p.features, p.y, p.kind.startsWith('pos_')])).toEqual(
          ends.map(([ra, rb]) => {
            const expected = pairFeatures(ra.party, rb.party);
            const y = ra.entityId === rb.entityId ? 1 : 0;
            return [featureNames.map((name) => expected[name]), y, y === 1];
          }),
        );
        expect(batch.stats.total.positives + batch.stats.total.negatives).toBe(batch.length);
      }),
      runs,
    );
  });

  it('should index the records as given: the same pairs whatever their order', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const records = makeFixture({ seed, entities: 120 });
        const shuffled = createRng(seed, 'order').shuffle([...records]);
        const sorted = buildPairBatch(records, { seed, block: 1 });
        const mixed = buildPairBatch(shuffled, { seed, block: 1 });
        expect(described(shuffled, mixed)).toEqual(described(records, sorted));
        expect(mixed.stats).toEqual(sorted.stats);
      }),
      runs,
    );
  });
});
