import { defaultNoiseProfile } from './default-noise-profile';
import { NOISE_PRESETS } from './noise-presets';
import { parseNoiseProfile } from './parse-noise-profile';
import { STRATEGY_NAMES } from './strategy-names';

describe('NOISE_PRESETS', () => {
  it('should give every strategy a rate in [0, 1] in every preset', () => {
    for (const profile of Object.values(NOISE_PRESETS)) {
      expect(Object.keys(profile.rates).sort()).toEqual([...STRATEGY_NAMES].sort());
      for (const rate of Object.values(profile.rates)) expect(rate >= 0 && rate <= 1).toBe(true);
    }
  });

  it('should order the presets: easy ≤ realistic ≤ hard, strategy by strategy, realistic being the default', () => {
    expect(NOISE_PRESETS.realistic).toBe(defaultNoiseProfile);
    for (const name of STRATEGY_NAMES) {
      const [easy, realistic, hard] = [NOISE_PRESETS.easy, NOISE_PRESETS.realistic, NOISE_PRESETS.hard].map(
        (p) => p.rates[name],
      );
      expect([name, easy <= realistic && realistic <= hard]).toEqual([name, true]);
    }
  });
});

describe(parseNoiseProfile, () => {
  it('should keep the rates of the base profile (a preset) for the strategies a file does not name', () => {
    const profile = parseNoiseProfile('{"rates":{"typo":0.02}}', 'noise.json', NOISE_PRESETS.hard);
    expect(profile.rates).toEqual({ ...NOISE_PRESETS.hard.rates, typo: 0.02 });
    expect(parseNoiseProfile('{}', 'noise.json', NOISE_PRESETS.easy).rates).toEqual(NOISE_PRESETS.easy.rates);
  });
});
