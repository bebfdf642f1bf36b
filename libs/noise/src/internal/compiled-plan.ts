import { STRATEGY_NAMES } from '../strategy-names';
import { strategiesForKind } from '../strategies-for-kind';
import type { NoiseField, NoiseProfile, NoiseStrategy } from '../types';

/** One strategy to try on a field, with its position in STRATEGY_NAMES (for the rate and the tally). */
export interface PlanStep {
  readonly strategy: NoiseStrategy;
  readonly index: number;
}

/** A field that some strategy may touch. */
export interface PlanField {
  readonly field: NoiseField;
  readonly steps: readonly PlanStep[];
}

const INDEX = new Map<string, number>(STRATEGY_NAMES.map((n, i) => [n, i]));
const plans = new WeakMap<readonly NoiseField[], readonly PlanField[]>();
const rateTables = new WeakMap<object, Float64Array>();

/** The fields of `fields` that take noise, with their strategies; cached per `fields` array. */
export function planFor(fields: readonly NoiseField[]): readonly PlanField[] {
  let plan = plans.get(fields);
  if (plan === undefined) {
    plan = fields
      .map((field) => ({
        field,
        steps: strategiesForKind(field.kind).map((strategy) => ({ strategy, index: INDEX.get(strategy.name) ?? -1 })),
      }))
      .filter((f) => f.steps.length > 0);
    plans.set(fields, plan);
  }
  return plan;
}

/** The profile's rates by position in STRATEGY_NAMES; cached per `profile.rates` object (profiles are read-only). */
export function rateTableFor(profile: NoiseProfile): Float64Array {
  let table = rateTables.get(profile.rates);
  if (table === undefined) {
    table = Float64Array.from(STRATEGY_NAMES, (n) => profile.rates[n]);
    rateTables.set(profile.rates, table);
  }
  return table;
}
