import fc from 'fast-check';
import { solveMembership } from './membership';

describe(solveMembership, () => {
  it.each([
    [[2700, 2700, 2700], 0.4, [1080, 1080, 1080]],
    [[27000, 2700, 1890], 0.4, [1080, 1080, 756]],
    [[900, 900, 900], 0, [0, 0, 0]],
    [[1000, 0, 0], 0.5, [0, 0, 0]],
    [[500, 500, 0], 0.6, [300, 300, 0]],
  ] as const)('should solve %j at %d to overlapping %j', (distinct, overlap, overlapping) => {
    const m = solveMembership(distinct, overlap);
    expect(m.overlapping).toEqual(overlapping);
  });

  it('should let the two smaller sources share entities without the large one when its target is out of reach', () => {
    const m = solveMembership([27000, 2700, 1890], 0.4);
    // perMask[6] = sales+financial only: financed sales whose buyer never was a lead.
    expect(m.perMask[6]).toBe(189);
    expect(m.perMask[7]).toBe(378);
  });

  it('should keep every count non-negative, the distinct totals exact and meet feasible targets within one', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.nat(5000), fc.nat(5000), fc.nat(5000)),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (distinct, overlap) => {
          const m = solveMembership(distinct, overlap);
          expect(m.perMask.every((x) => x >= 0 && Number.isInteger(x))).toBe(true);
          const has = (bit: number) => m.perMask.reduce((s, x, mask) => s + (mask & bit ? x : 0), 0);
          expect([has(1), has(2), has(4)]).toEqual(distinct);
          m.targets.forEach((t, i) => {
            const others = m.targets.reduce((s, x, j) => (j === i ? s : s + x), 0);
            if (t <= others) expect(Math.abs(m.overlapping[i] - t)).toBeLessThanOrEqual(1);
            expect(m.overlapping[i]).toBeLessThanOrEqual(Math.max(t, 0) + 1);
          });
        },
      ),
    );
  });
});
