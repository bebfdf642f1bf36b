import fc from 'fast-check';
import { assignSplit } from './assign-split';

describe(assignSplit, () => {
  it('should be a pure function of seed, entity and fractions', () => {
    fc.assert(
      fc.property(fc.integer(), fc.string(), (seed, entityId) => {
        expect(assignSplit(seed, entityId)).toBe(assignSplit(seed, entityId));
        expect(['train', 'valid', 'test']).toContain(assignSplit(seed, entityId));
      }),
    );
  });

  it.each([
    [{ train: 0.7, valid: 0.15, test: 0.15 }],
    [{ train: 0.8, valid: 0.1, test: 0.1 }],
    [{ train: 0.5, valid: 0.25, test: 0.25 }],
  ])('should give each split about its share of entities with %o', (fractions) => {
    const counts = { train: 0, valid: 0, test: 0 };
    const n = 20_000;
    for (let i = 0; i < n; i++) counts[assignSplit(42, `E${i}`, fractions)]++;
    for (const split of ['train', 'valid', 'test'] as const)
      expect(Math.abs(counts[split] / n - fractions[split])).toBeLessThan(0.015);
  });

  it.each([
    [{ train: 1, valid: 0, test: 0 }, 'train'],
    [{ train: 0, valid: 1, test: 0 }, 'valid'],
    [{ train: 0, valid: 0, test: 1 }, 'test'],
  ] as const)('should put every entity in the only non-empty split of %o', (fractions, split) => {
    fc.assert(fc.property(fc.string(), (entityId) => expect(assignSplit(7, entityId, fractions)).toBe(split)));
  });

  it('should depend on the seed', () => {
    const splits = (seed: number) => Array.from({ length: 50 }, (_, i) => assignSplit(seed, `E${i}`)).join();
    expect(splits(1)).not.toBe(splits(2));
  });
});
