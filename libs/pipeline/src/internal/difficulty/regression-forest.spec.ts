import fc from 'fast-check';
import { RandomForestRegression } from 'ml-random-forest';
import { featureSubsets, RegressionForest } from './regression-forest';
import type { RegressionForestOptions } from './regression-forest';

/** ml-random-forest 2.1 grown as the summary grows it (the reference this forest must equal to the bit). */
function reference(options: RegressionForestOptions, rows: number[][], labels: number[], test: number[][]) {
  const forest = new RandomForestRegression({
    seed: options.seed,
    nEstimators: options.trees,
    maxFeatures: options.maxFeatures,
    replacement: false,
    useSampleBagging: false,
    noOOB: true,
    selectionMethod: 'mean',
    treeOptions: { maxDepth: options.maxDepth, minNumSamples: options.minNumSamples },
    isClassifier: false,
  });
  forest.train(rows, labels);
  return { scores: forest.predict(test) as number[], indexes: (forest as unknown as { indexes: number[][] }).indexes };
}

/** Feature values on a coarse grid (many ties, as the summary's 0.02 grid gives), with −1 for a missing value. */
const value = fc.oneof(
  fc.constant(-1),
  fc.integer({ min: 0, max: 10 }).map((k) => k / 10),
  fc.double({ min: -2, max: 2, noNaN: true }),
);

const dataset = fc.integer({ min: 1, max: 6 }).chain((features) =>
  fc.record({
    rows: fc.array(fc.array(value, { minLength: features, maxLength: features }), { minLength: 1, maxLength: 80 }),
    test: fc.array(fc.array(value, { minLength: features, maxLength: features }), { minLength: 1, maxLength: 20 }),
    labelSeed: fc.integer(),
    options: fc.record({
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      trees: fc.integer({ min: 1, max: 5 }),
      maxFeatures: fc.integer({ min: 1, max: features }),
      maxDepth: fc.integer({ min: 0, max: 8 }),
      minNumSamples: fc.integer({ min: 1, max: 8 }),
    }),
  }),
);

/** 0/1 labels drawn from a seed, one positive nudged by 1e-9 as the summary's forest does. */
function labelsOf(n: number, seed: number): number[] {
  let s = seed | 0;
  const labels = Array.from({ length: n }, () => {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    return (s >>> 16) & 1;
  });
  const first = labels.indexOf(1);
  if (first >= 0) labels[first] = 1 + 1e-9;
  return labels;
}

describe(RegressionForest, () => {
  it('should give ml-random-forest 2.1 predictions to the bit on any data (fast-check)', () => {
    fc.assert(
      fc.property(dataset, ({ rows, test, labelSeed, options }) => {
        const labels = labelsOf(rows.length, labelSeed);
        const expected = reference(options, rows, labels, test);
        const forest = new RegressionForest(options);
        forest.train(rows, labels);
        expect(forest.subsets).toEqual(expected.indexes);
        const scores = forest.predict(test);
        scores.forEach((s, i) => expect(Object.is(s, expected.scores[i])).toBe(true));
      }),
      { numRuns: 300 },
    );
  });

  it('should equal ml-random-forest on a sample shaped like the summary forest (negatives first, 0.02 grid)', () => {
    let s = 12345;
    const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) | 0) >>> 0) / 2 ** 32;
    const features = 13;
    const row = (positive: boolean) =>
      Array.from({ length: features }, () => {
        const v = next();
        if (v < 0.1) return -1;
        return Math.round(Math.min(1, positive ? 0.4 + v * 0.7 : v * 0.8) * 50) / 50;
      });
    const rows = [...Array.from({ length: 700 }, () => row(false)), ...Array.from({ length: 300 }, () => row(true))];
    const labels = rows.map((_, i): number => (i < 700 ? 0 : 1));
    labels[700] = 1 + 1e-9;
    const test = Array.from({ length: 400 }, (_, i) => row(i % 3 === 0));
    const options = { seed: 987654321, trees: 9, maxFeatures: 9, maxDepth: 8, minNumSamples: 5 };
    const expected = reference(options, rows, labels, test);
    const forest = new RegressionForest(options);
    forest.train(rows, labels);
    expect(forest.predict(test)).toEqual(expected.scores);
    // Not a forest of stumps: the scores spread out.
    expect(new Set(expected.scores).size).toBeGreaterThan(10);
  });

  it('should equal ml-random-forest where a split value overflows, past half the largest double', () => {
    // ml-cart splits between two rows of one value v at (v + v) / 2, which is Infinity for this v.
    const big = 1.5e308;
    const rows = [[0], [0], [0], [big], [big], [big], [-big], [-big]];
    const labels = [0, 0, 0, 0, 1 + 1e-9, 1, 1, 0];
    const test = [[0], [big], [-big], [1]];
    for (const maxDepth of [1, 3]) {
      const options = { seed: 1, trees: 1, maxFeatures: 1, maxDepth, minNumSamples: 1 };
      const forest = new RegressionForest(options);
      forest.train(rows, labels);
      forest.predict(test).forEach((s, i) => expect(s).toBe(reference(options, rows, labels, test).scores[i]));
    }
  });

  it('should read a maxFeatures of 1 as a share (every feature), as ml-random-forest does', () => {
    const forest = new RegressionForest({ seed: 3, trees: 2, maxFeatures: 1, maxDepth: 2, minNumSamples: 1 });
    forest.train(
      [
        [0, 1, 2],
        [1, 0, 2],
      ],
      [0, 1],
    );
    expect(forest.subsets.map((s) => [...s].sort())).toEqual([
      [0, 1, 2],
      [0, 1, 2],
    ]);
  });

  it('should refuse a feature count above the features there are', () => {
    const forest = new RegressionForest({ seed: 3, trees: 1, maxFeatures: 4, maxDepth: 2, minNumSamples: 1 });
    expect(() => forest.train([[0, 1, 2]], [1])).toThrow(/maxFeatures must be a share in \(0, 1\] or a count up to 3/);
  });
});

describe(featureSubsets, () => {
  it('should draw distinct features per tree, each tree from the last one seed', () => {
    const subsets = featureSubsets(13, 9, 4, 42);
    expect(subsets).toHaveLength(4);
    for (const s of subsets) {
      expect(new Set(s).size).toBe(9);
      expect(s.every((c) => c >= 0 && c < 13)).toBe(true);
    }
    expect(featureSubsets(13, 9, 2, 42)).toEqual(subsets.slice(0, 2));
  });
});
