import fc from 'fast-check';
import { Weighted } from './weighted';

/** Reference: the first index whose running sum exceeds u × total, by a linear scan. */
function firstAbove(weights: readonly number[], u: number): number {
  const total = weights.reduce((s, w) => s + w, 0);
  const x = u * total;
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i];
    if (sum > x) return i;
  }
  return weights.length - 1;
}

describe(Weighted, () => {
  it('should pick exactly the index a linear scan of the cumulative weights gives, guided or not', () => {
    const weight = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000 }));
    const weights = fc.array(weight, { minLength: 1, maxLength: 300 });
    const draw = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
    const draws = fc.array(draw, { minLength: 1, maxLength: 50 });
    fc.assert(
      fc.property(weights, draws, (ws, us) => {
        fc.pre(ws.some((w) => w > 0));
        const w = new Weighted(
          ws.map((_, i) => i),
          ws,
        );
        for (const u of us) expect(w.indexAt(u)).toBe(firstAbove(ws, u));
      }),
    );
  });

  it('should never pick a zero weight, at the edges of the draws either', () => {
    const ws = Array.from({ length: 500 }, (_, i) => (i % 7 === 3 || i >= 490 ? 0 : 1 + (i % 11)));
    const w = new Weighted(
      ws.map((_, i) => i),
      ws,
    );
    for (let k = 0; k < 20_000; k++) expect(ws[w.indexAt(k / 20_000)]).toBeGreaterThan(0);
    expect(ws[w.indexAt(1 - Number.EPSILON)]).toBeGreaterThan(0);
  });
});
