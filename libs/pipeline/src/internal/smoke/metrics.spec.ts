import fc from 'fast-check';
import { auc, bestF1Threshold, binaryMetrics, f1At } from './metrics';
import { fitLogistic, predict } from './logistic-regression';

describe(auc, () => {
  it.each([
    [[0.9, 0.8, 0.1, 0.2], [1, 1, 0, 0], 1],
    [[0.1, 0.2, 0.9, 0.8], [1, 1, 0, 0], 0],
    [[0.5, 0.5, 0.5, 0.5], [1, 0, 1, 0], 0.5],
    [[0.8, 0.4, 0.6, 0.2], [1, 1, 0, 0], 0.75],
  ])('should give the reference AUC for %j / %j', (scores, y, expected) => {
    expect(auc(scores, y)).toBeCloseTo(expected, 10);
  });

  it('should be null when one class is absent', () => {
    expect(auc([0.1, 0.2], [1, 1])).toBeNull();
  });

  it('should stay in [0, 1] and mirror when scores are negated', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1)), {
          minLength: 2,
          maxLength: 60,
        }),
        (rows) => {
          const s = rows.map((r) => r[0]);
          const y = rows.map((r) => r[1]);
          const a = auc(s, y);
          if (a === null) return;
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(1);
          expect(
            auc(
              s.map((v) => -v),
              y,
            ),
          ).toBeCloseTo(1 - a, 9);
        },
      ),
    );
  });
});

describe(binaryMetrics, () => {
  it('should count precision, recall and F1 at the threshold', () => {
    const m = binaryMetrics([0.9, 0.7, 0.6, 0.2], [1, 0, 1, 0], 0.5);
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBe(1);
    expect(m.f1).toBeCloseTo(0.8);
  });
});

describe(bestF1Threshold, () => {
  it('should pick the threshold that separates a separable sample', () => {
    expect(bestF1Threshold([0.9, 0.8, 0.3, 0.1], [1, 1, 0, 0])).toBe(0.8);
  });
});

describe(fitLogistic, () => {
  it('should learn a separating direction and be deterministic', () => {
    const rows = Array.from({ length: 200 }, (_, i) => [
      i % 2 ? 0.9 - (i % 7) * 0.01 : 0.1 + (i % 5) * 0.02,
      i % 3 === 0 ? null : 0.5,
    ]);
    const y = rows.map((_, i) => i % 2);
    const a = fitLogistic(['f1', 'f2'], rows, y);
    const b = fitLogistic(['f1', 'f2'], rows, y);
    expect(a).toEqual(b);
    expect(predict(a, [0.95, 0.5])).toBeGreaterThan(0.9);
    expect(predict(a, [0.05, null])).toBeLessThan(0.1);
    expect(a.inputs).toEqual(['f1', 'f2', 'f1_missing', 'f2_missing']);
  });
});

describe(f1At, () => {
  it('should equal the F1 of binaryMetrics', () => {
    const labelled = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1)));
    fc.assert(
      fc.property(labelled, fc.double({ min: 0, max: 1, noNaN: true }), (rows, threshold) => {
        const scores = rows.map(([s]) => s);
        const y = rows.map(([, label]) => label);
        expect(f1At(scores, y, threshold)).toBe(binaryMetrics(scores, y, threshold).f1);
      }),
    );
  });
});
