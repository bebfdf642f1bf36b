import fc from 'fast-check';
import { createRng } from '@synth/random';
import { applyNoise } from './apply-noise';
import { applyNoiseInPlace } from './apply-noise-in-place';
import { defaultNoiseProfile } from './default-noise-profile';
import { NoiseDraws } from './noise-draws';
import { NoiseTally } from './noise-tally';
import { STRATEGY_NAMES } from './strategy-names';
import { LEAD_FIELDS, leadRowArb } from './testing-internal/fixtures';
import type { NoiseProfile, StrategyName } from './types';

const heavy: NoiseProfile = {
  rates: Object.fromEntries(STRATEGY_NAMES.map((n) => [n, 0.6])) as Record<StrategyName, number>,
};

describe(applyNoiseInPlace, () => {
  it('should write into the row what applyNoise returns, with the same changes, tally and draws (property)', () => {
    const profile = fc.constantFrom(heavy, defaultNoiseProfile);
    fc.assert(
      fc.property(fc.array(leadRowArb, { maxLength: 8 }), fc.integer(), profile, (rows, seed, p) => {
        const [tallyA, tallyB] = [new NoiseTally(p), new NoiseTally(p)];
        const drawsA = new NoiseDraws(createRng(seed, 'draws'), p);
        const drawsB = new NoiseDraws(createRng(seed, 'draws'), p);
        for (const row of rows) {
          const copy = { ...row };
          const a = applyNoise(row, LEAD_FIELDS, p, createRng(seed, 'noise', row.id), tallyA, drawsA);
          const changes = applyNoiseInPlace(copy, LEAD_FIELDS, p, createRng(seed, 'noise', row.id), tallyB, drawsB);
          expect(copy).toEqual(a.row);
          expect(changes).toEqual(a.changes);
        }
        expect(tallyB.toJSON()).toEqual(tallyA.toJSON());
        for (let i = 0; i < STRATEGY_NAMES.length; i++) expect(drawsB.next(i)).toBe(drawsA.next(i));
      }),
      { numRuns: 200 },
    );
  });

  it('should leave a row it does not change as it was, keys and order included', () => {
    const row = { id: 'L1', email: 'ann@gmail.com', first_name: 'Ann' };
    const zero: NoiseProfile = { rates: { ...heavy.rates, ...Object.fromEntries(STRATEGY_NAMES.map((n) => [n, 0])) } };
    expect(applyNoiseInPlace(row, LEAD_FIELDS, zero, createRng(1, 'noise'))).toEqual([]);
    expect(Object.entries(row)).toEqual([
      ['id', 'L1'],
      ['email', 'ann@gmail.com'],
      ['first_name', 'Ann'],
    ]);
  });
});
