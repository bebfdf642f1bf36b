import fc from 'fast-check';
import { createRng } from '@synth/random';
import { applyNoise } from './apply-noise';
import { defaultNoiseProfile } from './default-noise-profile';
import { NoiseDraws } from './noise-draws';
import { NoiseTally } from './noise-tally';
import { STRATEGY_NAMES } from './strategy-names';
import { LEAD_FIELDS, leadRow } from './testing-internal/fixtures';
import type { NoiseProfile, StrategyName } from './types';

const drawsOf = (draws: NoiseDraws, index: number, n: number): number[] =>
  Array.from({ length: n }, () => draws.next(index));
const allAt = (rate: number): NoiseProfile => ({
  rates: Object.fromEntries(STRATEGY_NAMES.map((n) => [n, rate])) as Record<StrategyName, number>,
});
const TYPO = STRATEGY_NAMES.indexOf('typo');

describe(NoiseDraws, () => {
  it.each([
    [0.05, 100],
    [0.03, 167],
    [0.15, 33],
    [0.3, 17],
    [1, 5],
    [0.9, 6],
    [0.001, 1000],
    [0, 1000],
  ])('should take rate %p in windows of %p opportunities (about 5 applications each)', (rate, window) => {
    expect(NoiseDraws.windowOf(rate)).toBe(window);
    expect(new NoiseDraws(createRng(1, 'draws'), allAt(rate)).window(TYPO)).toBe(window);
  });

  it('should put exactly one draw of a full window in each of its strata, for every strategy', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: STRATEGY_NAMES.length - 1 }), (seed, index) => {
        const draws = new NoiseDraws(createRng(seed, 'draws'), defaultNoiseProfile);
        const w = draws.window(index);
        for (let round = 0; round < 3; round++) {
          const strata = drawsOf(draws, index, w)
            .map((u) => Math.floor(u * w))
            .sort((a, b) => a - b);
          expect(strata).toEqual(Array.from({ length: w }, (_, i) => i));
        }
      }),
      { numRuns: 50 },
    );
  });

  it('should give a rate of k strata exactly k draws under it per full window', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 100 }), (seed, k) => {
        const draws = new NoiseDraws(createRng(seed, 'draws'), defaultNoiseProfile);
        expect(draws.window(TYPO)).toBe(100);
        expect(drawsOf(draws, TYPO, 100).filter((u) => u < k / 100)).toHaveLength(k);
      }),
      { numRuns: 100 },
    );
  });

  it('should draw uniformly: over many windows each decile holds a tenth of the draws', () => {
    const draws = new NoiseDraws(createRng(5, 'draws'), defaultNoiseProfile);
    const deciles = new Array<number>(10).fill(0);
    const all = drawsOf(draws, TYPO, 5000);
    for (const u of all) deciles[Math.floor(u * 10)]++;
    expect([Math.min(...all) >= 0, Math.max(...all) < 1]).toEqual([true, true]);
    expect(deciles).toEqual(new Array(10).fill(500));
  });

  it('should keep each strategy in its own windows, whatever the others draw', () => {
    const a = new NoiseDraws(createRng(9, 'draws'), defaultNoiseProfile);
    const b = new NoiseDraws(createRng(9, 'draws'), defaultNoiseProfile);
    const alone = drawsOf(a, TYPO, 100)
      .map((u) => Math.floor(u * 100))
      .sort((x, y) => x - y);
    const mixed: number[] = [];
    for (let i = 0; i < 100; i++) {
      mixed.push(Math.floor(b.next(TYPO) * 100));
      b.next(0);
    }
    expect(mixed.sort((x, y) => x - y)).toEqual(alone);
  });

  it('should be deterministic: the same stream gives the same draws', () => {
    const a = drawsOf(new NoiseDraws(createRng(3, 'noise', 'draws', 0), defaultNoiseProfile), 8, 250);
    const b = drawsOf(new NoiseDraws(createRng(3, 'noise', 'draws', 0), defaultNoiseProfile), 8, 250);
    expect(a).toEqual(b);
  });

  // The binomial spread this removes: at the default volumes (≈5,400 geo_mismatch opportunities at 0.03)
  // independent draws leave the realised rate outside ±10 % of the configured one for about one seed in five,
  // and at this test's 2,000 rows for three seeds in four. Stratified draws are not exact either: each chunk's last,
  // partial window still spreads (hypergeometric). Over seeds 0–299 the worst strategy strayed by at most 9.5 %
  // (one seed in a few hundred would pass 10 %), so the seeds are fixed: a property over random seeds failed CI.
  const SEEDS = Array.from({ length: 12 }, (_, i) => i);
  const worstDeviation = (seed: number, stratified: boolean): { name: string; deviation: number } => {
    const tally = new NoiseTally(defaultNoiseProfile);
    const rows = createRng(seed, 'rows');
    for (let chunk = 0; chunk < 8; chunk++) {
      const draws = new NoiseDraws(createRng(seed, 'noise', 'draws', chunk), defaultNoiseProfile);
      for (let i = chunk * 250; i < (chunk + 1) * 250; i++) {
        const rng = createRng(seed, 'noise', i);
        applyNoise(leadRow(rows, i), LEAD_FIELDS, defaultNoiseProfile, rng, tally, stratified ? draws : undefined);
      }
    }
    const json = tally.toJSON();
    let worst = { name: '', deviation: 0 };
    for (const name of STRATEGY_NAMES) {
      const { configured, opportunities, realised } = json[name];
      expect([name, opportunities >= 150]).toEqual([name, true]);
      const deviation = Math.abs((realised ?? 0) / configured - 1);
      if (deviation > worst.deviation) worst = { name, deviation };
    }
    return worst;
  };

  it.each(SEEDS)(
    'should keep every realised rate within ±10 %% of the default profile (seed %p, chunks of 250 rows)',
    (seed) => {
      const worst = worstDeviation(seed, true);
      expect([worst.name, worst.deviation <= 0.1]).toEqual([worst.name, true]);
    },
  );

  it('should be needed: independent draws leave some rate outside ±10 % for most of the same seeds', () => {
    const outside = SEEDS.filter((seed) => worstDeviation(seed, false).deviation > 0.1);
    expect(outside.length).toBeGreaterThan(SEEDS.length / 2);
  });
});
