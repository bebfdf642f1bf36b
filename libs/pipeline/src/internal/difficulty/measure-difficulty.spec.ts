import { createRng } from '@synth/random';
import { PairSample } from '../smoke/pair-sample';
import { smokeModel } from '../smoke/smoke-model';
import { DifficultyTally } from './difficulty-tally';
import { measureDifficulty } from './measure-difficulty';
import { randomForestFigures, sampleForest } from './random-forest-figures';

const SPLITS = [
  ['train', 400],
  ['valid', 100],
  ['test', 200],
] as const;

/** A pair sample from `row(y, rng)`: 40 % positives, seeded, every split filled. */
type Row = (y: number, rng: ReturnType<typeof createRng>) => Record<string, number | null>;

function sampleOf(features: string[], row: Row): PairSample {
  const rng = createRng(7, 'fixture');
  const sample = new PairSample(features, 1);
  for (const [split, n] of SPLITS) {
    for (let i = 0; i < n; i++) {
      const y = i % 5 < 2 ? 1 : 0;
      const kind = y ? 'pos_cross_source' : i % 2 ? 'neg_random' : 'neg_similar_name';
      sample.add({ y, split, pair_kind: kind, ...row(y, rng) });
    }
  }
  return sample;
}

describe(measureDifficulty, () => {
  it('should give linearity F1 1.0 and name the separating feature on a perfectly separable fixture', () => {
    const sample = sampleOf(['noise', 'sep'], (y, rng) => ({
      noise: rng.next(),
      sep: y ? 0.6 + rng.next() * 0.4 : rng.next() * 0.4,
    }));
    const d = measureDifficulty(smokeModel(sample), sampleForest(sample.splits, 42), new DifficultyTally());
    expect(d.linearity).toMatchObject({ feature: 'sep', trainF1: 1, testF1: 1 });
    expect(d.logisticF1).toBe(1);
    expect(d.randomForest?.f1).toBe(1);
    expect(d.nonLinearGap).toBe(0);
    expect(d.randomForest?.errorByKind).toEqual({
      neg_random: { pairs: 60, errors: 0, rate: 0 },
      neg_similar_name: { pairs: 60, errors: 0, rate: 0 },
      pos_cross_source: { pairs: 80, errors: 0, rate: 0 },
    });
  });

  it('should show a large non-linear gap where matches sit in a middle band of a feature', () => {
    // y = 1 exactly when `band` is in [0.4, 0.6]: no threshold or linear model can cut a band out, two tree splits can.
    const sample = sampleOf(['band', 'noise'], (y, rng) => {
      const u = rng.next();
      return { band: y ? 0.4 + u * 0.2 : u < 0.5 ? u * 0.7 : 0.65 + u * 0.35, noise: rng.next() };
    });
    const d = measureDifficulty(smokeModel(sample), sampleForest(sample.splits, 42), new DifficultyTally());
    expect(d.randomForest?.f1).toBeGreaterThan(0.95);
    expect(d.logisticF1).toBeLessThan(0.7);
    expect(d.linearity?.testF1).toBeLessThan(0.75);
    expect(d.nonLinearGap).toBeGreaterThan(0.3);
  });

  it('should have no model figures when a split lacks a class, and keep the exact counts', () => {
    const sample = sampleOf(['sep'], () => ({ sep: 0.5 }));
    sample.splits['test'].y.fill(0);
    const d = measureDifficulty(smokeModel(sample), sampleForest(sample.splits, 42), new DifficultyTally());
    expect(d).toMatchObject({ linearity: null, logisticF1: null, randomForest: null, nonLinearGap: null });
    expect(d).toMatchObject({ positives: 0, nameOnlyPositiveShare: null });
  });
});

describe(randomForestFigures, () => {
  const sample = sampleOf(['a', 'b', 'c'], (y, rng) => ({
    a: y ? rng.next() : rng.next() * 0.8,
    b: rng.next() < 0.1 ? null : rng.next(),
    c: rng.next(),
  }));
  const { train, test } = sample.splits;

  it('should give the same figures for the same seed', () => {
    const fit = () => randomForestFigures(train, test, 3, { maxTrain: 250 });
    expect(fit()).toEqual(fit());
  });

  it('should subsample the train pairs to maxTrain with the seed, and draw another forest for another seed', () => {
    const a = randomForestFigures(train, test, 3, { maxTrain: 250, trees: 5, maxDepth: 6 });
    const b = randomForestFigures(train, test, 4, { maxTrain: 250, trees: 5, maxDepth: 6 });
    expect(a).toMatchObject({ trainedOn: 250, trees: 5, maxDepth: 6 });
    expect(a.seed).not.toBe(b.seed);
    const errors = Object.values(a.errorByKind).reduce((s, k) => s + k.pairs, 0);
    expect(errors).toBe(test.y.length);
  });
});
