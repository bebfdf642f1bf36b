import { defaultNoiseProfile } from './default-noise-profile';
import { NoiseTally } from './noise-tally';
import { rateWarnings } from './rate-warnings';
import { STRATEGY_NAMES } from './strategy-names';
import type { NoiseProfile, StrategyName } from './types';

const withRates = (rates: Partial<Record<StrategyName, number>>): NoiseProfile => ({
  rates: { ...defaultNoiseProfile.rates, ...rates },
});
const fill = (tally: NoiseTally, name: StrategyName, opportunities: number, applications: number): NoiseTally => {
  for (let i = 0; i < opportunities; i++) tally.record(name, i < applications);
  return tally;
};

describe(NoiseTally, () => {
  it('should report configured and realised rates per strategy, null without opportunities', () => {
    const tally = fill(new NoiseTally(withRates({ typo: 0.05 })), 'typo', 200, 11);
    const json = tally.toJSON();
    expect(Object.keys(json)).toEqual(STRATEGY_NAMES);
    expect(json.typo).toEqual({ configured: 0.05, opportunities: 200, applications: 11, realised: 0.055 });
    expect(json.case).toEqual({
      configured: defaultNoiseProfile.rates.case,
      opportunities: 0,
      applications: 0,
      realised: null,
    });
  });

  it('should merge counts and survive a JSON round trip', () => {
    const a = fill(new NoiseTally(defaultNoiseProfile), 'case', 10, 3);
    const b = fill(new NoiseTally(defaultNoiseProfile), 'case', 30, 1);
    fill(b, 'missing', 5, 5);
    a.merge(NoiseTally.fromJSON(JSON.parse(JSON.stringify(b.toJSON()))));
    expect(a.opportunities('case')).toBe(40);
    expect(a.applications('case')).toBe(4);
    expect(a.toJSON().missing.realised).toBe(1);
  });
});

describe(rateWarnings, () => {
  it('should accept a realised rate inside the binomial 3-sigma band', () => {
    // p = 0.1, n = 10 000: sigma = 0.003, band ±0.009
    expect(rateWarnings(fill(new NoiseTally(withRates({ case: 0.1 })), 'case', 10_000, 1_080))).toEqual([]);
  });

  it('should warn, naming the strategy and the figures, outside the band', () => {
    const warnings = rateWarnings(fill(new NoiseTally(withRates({ case: 0.1 })), 'case', 10_000, 1_100));
    expect(warnings).toEqual([
      {
        strategy: 'case',
        configured: 0.1,
        realised: 0.11,
        opportunities: 10_000,
        allowed: expect.closeTo(0.009, 6),
        message: 'noise case: realised rate 0.1100 over 10000 opportunities, configured 0.1 (allowed ±0.0090)',
      },
    ]);
  });

  it('should use the absolute floor for a rate of 0 and skip strategies with few opportunities', () => {
    const tally = fill(new NoiseTally(withRates({ missing: 0, typo: 0.05 })), 'missing', 1000, 3);
    fill(tally, 'typo', 50, 50);
    expect(rateWarnings(tally)).toEqual([]);
    expect(rateWarnings(tally, { absolute: 0.001 }).map((w) => w.strategy)).toEqual(['missing']);
    expect(rateWarnings(tally, { absolute: 0.001, minOpportunities: 10 }).map((w) => w.strategy)).toEqual([
      'typo',
      'missing',
    ]);
  });

  it('should widen the band with more sigmas', () => {
    const tally = fill(new NoiseTally(withRates({ case: 0.1 })), 'case', 10_000, 1_110);
    expect(rateWarnings(tally)).toHaveLength(1);
    expect(rateWarnings(tally, { sigmas: 4 })).toEqual([]);
  });
});
