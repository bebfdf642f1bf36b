import { createRng } from '@synth/random';
import { getNoiseStrategy } from './get-noise-strategy';
import { isStrategyName } from './is-strategy-name';
import { NOISE_STRATEGIES } from './noise-strategies';
import { STRATEGY_NAMES } from './strategy-names';
import { strategiesForKind } from './strategies-for-kind';
import { contextFor } from './testing-internal/fixtures';

describe('NOISE_STRATEGIES', () => {
  it('should register every strategy name once, in STRATEGY_NAMES order', () => {
    expect(NOISE_STRATEGIES.map((s) => s.name)).toEqual(STRATEGY_NAMES);
  });

  it.each(NOISE_STRATEGIES.map((s) => [s.name, s] as const))('should give %s a default rate in [0.01, 0.3]', (_, s) => {
    expect(s.defaultRate).toBeGreaterThanOrEqual(0.01);
    expect(s.defaultRate).toBeLessThanOrEqual(0.3);
    expect(s.examples.length).toBeGreaterThan(0);
  });

  const examples = NOISE_STRATEGIES.flatMap((s) => s.examples.map((e) => [s.name, e.kind, e.before, e.after] as const));
  it.each(examples)('should reach the documented %s example on a %s: %j → %j', (name, kind, before, after) => {
    const strategy = getNoiseStrategy(name);
    const ctx = contextFor(kind);
    expect(strategy.isApplicable(before, ctx)).toBe(true);
    const seen = new Set<string>();
    for (let s = 0; s < 3000 && !seen.has(after); s++) seen.add(strategy.apply(before, createRng(s, 'example'), ctx));
    expect(seen).toContain(after);
  });
});

describe(strategiesForKind, () => {
  it.each([
    ['first_name', ['missing', 'nickname', 'punctuation', 'typo', 'whitespace', 'case']],
    ['last_name', ['missing', 'punctuation', 'typo', 'whitespace', 'case']],
    ['email', ['missing', 'email_domain_alias', 'email_tag', 'typo', 'case']],
    ['phone', ['missing', 'phone_format']],
    ['address', ['missing', 'address_abbreviation', 'punctuation', 'whitespace', 'case']],
    ['city', ['missing', 'geo_mismatch', 'case']],
    ['zip', ['missing', 'geo_mismatch', 'whitespace']],
    ['company', ['missing', 'punctuation', 'typo', 'whitespace', 'case']],
    ['id', []],
    ['state', []],
    ['country', []],
    ['date', []],
    ['decimal', []],
  ] as const)('should try on a %s field: %j', (kind, names) => {
    expect(strategiesForKind(kind).map((s) => s.name)).toEqual(names);
  });
});

describe(getNoiseStrategy, () => {
  it('should find a strategy by name and refuse an unknown one', () => {
    expect(getNoiseStrategy('typo').name).toBe('typo');
    expect(() => getNoiseStrategy('tpyo' as never)).toThrow('unknown noise strategy "tpyo"');
  });
});

describe(isStrategyName, () => {
  it.each([
    ['case', true],
    ['geo_mismatch', true],
    ['Case', false],
    ['toString', false],
    ['', false],
  ])('should say %j is a strategy name: %s', (name, expected) => {
    expect(isStrategyName(name)).toBe(expected);
  });
});
