import { defaultNoiseProfile } from '../default-noise-profile';
import { strategiesForKind } from '../strategies-for-kind';
import { STRATEGY_NAMES } from '../strategy-names';
import { LEAD_FIELDS } from '../testing-internal/fixtures';
import type { NoiseProfile, StrategyName } from '../types';
import { compilePlan, planFor } from './compiled-plan';

const only = (names: readonly StrategyName[]): NoiseProfile => ({
  rates: Object.fromEntries(STRATEGY_NAMES.map((n) => [n, names.includes(n) ? 0.5 : 0])) as Record<
    StrategyName,
    number
  >,
});

describe(compilePlan, () => {
  it('should list every field some strategy touches, with its strategies in application order', () => {
    const plan = compilePlan(LEAD_FIELDS, defaultNoiseProfile);
    const expected = LEAD_FIELDS.filter((f) => strategiesForKind(f.kind).length > 0);
    expect(plan.fields).toEqual(expected);
    expect(plan.names).toEqual(expected.map((f) => f.name));
    expected.forEach((field, f) => {
      const steps = plan.strategies.slice(plan.stepStart[f], plan.stepStart[f + 1]);
      expect(steps).toEqual(strategiesForKind(field.kind));
    });
    expect(plan.stepStart[expected.length]).toBe(plan.strategies.length);
  });

  it('should give each step its strategy index and rate', () => {
    const plan = compilePlan(LEAD_FIELDS, defaultNoiseProfile);
    plan.strategies.forEach((s, k) => {
      expect(STRATEGY_NAMES[plan.indexes[k]]).toBe(s.name);
      expect(plan.rates[k]).toBe(defaultNoiseProfile.rates[s.name]);
    });
  });

  it('should leave out the strategies at rate 0 and the fields left without any', () => {
    const plan = compilePlan(LEAD_FIELDS, only(['phone_format']));
    expect(plan.strategies.map((s) => s.name)).toEqual(plan.fields.map(() => 'phone_format'));
    expect(plan.fields.map((f) => f.kind)).toEqual(LEAD_FIELDS.filter((f) => f.kind === 'phone').map((f) => f.kind));
    expect(compilePlan(LEAD_FIELDS, only([])).fields).toEqual([]);
  });
});

describe(planFor, () => {
  it('should compile once per fields array and rates object', () => {
    const a = planFor(LEAD_FIELDS, defaultNoiseProfile);
    expect(planFor(LEAD_FIELDS, defaultNoiseProfile)).toBe(a);
    expect(planFor(LEAD_FIELDS, { rates: { ...defaultNoiseProfile.rates } })).not.toBe(a);
    expect(planFor([...LEAD_FIELDS], defaultNoiseProfile)).toEqual(a);
  });
});
