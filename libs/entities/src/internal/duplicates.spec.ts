import { createRng } from '@synth/random';
import fc from 'fast-check';
import { allocateDuplicates, DupCountSampler } from './duplicates';

const mean = (kind: 'uniform' | 'poisson' | 'zipf', cap: number, exponent?: number) => {
  const s = new DupCountSampler({ kind, cap, exponent });
  const rng = createRng(1, 'dup');
  let sum = 0;
  let lo = cap;
  let hi = 1;
  for (let i = 0; i < 20000; i++) {
    const k = s.draw(rng);
    lo = Math.min(lo, k);
    hi = Math.max(hi, k);
    sum += k;
  }
  expect([lo >= 1, hi <= cap]).toEqual([true, true]);
  return sum / 20000;
};

describe(DupCountSampler, () => {
  it('should follow the shape of each distribution within the cap', () => {
    expect(mean('uniform', 5)).toBeCloseTo(3, 1);
    expect(mean('poisson', 10)).toBeCloseTo(2, 1);
    expect(mean('zipf', 5, 3)).toBeLessThan(mean('zipf', 5, 1));
    expect(mean('zipf', 1)).toBe(1);
  });
});

describe(allocateDuplicates, () => {
  it('should add exactly the asked number of duplicates without passing the cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom('uniform', 'poisson', 'zipf' as const),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, cap, kind, share) => {
          const counts = new Uint8Array(n).fill(1);
          const total = Math.floor(share * n * cap);
          allocateDuplicates(
            counts,
            Int32Array.from({ length: n }, (_, i) => i),
            total,
            { kind, cap },
            createRng(3, 'a'),
          );
          expect(counts.reduce((s, c) => s + c, 0)).toBe(n + total);
          expect(Math.max(...counts)).toBeLessThanOrEqual(cap + 1);
        },
      ),
    );
  });
});
