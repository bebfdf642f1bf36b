import { STRATEGY_NAMES } from '../strategy-names';
import { strategiesForKind } from '../strategies-for-kind';
import type { NoiseField, NoiseProfile, NoiseStrategy } from '../types';

/**
 * What `applyNoiseInPlace` tries on a row of given fields under a given profile, flattened: the fields that some
 * strategy with a rate above 0 may touch, in column order, and their steps (those strategies, in application order)
 * laid end to end, field `f`'s at `stepStart[f]` up to `stepStart[f + 1]`. A step with a rate of 0 is never an
 * opportunity, so it is left out here rather than skipped on every row.
 */
export interface NoisePlan {
  readonly fields: readonly NoiseField[];
  /** `fields[f].name`, the row key of each field. */
  readonly names: readonly string[];
  /** Where each field's steps start (one more entry than fields: the end of the last one). */
  readonly stepStart: Int32Array;
  readonly strategies: readonly NoiseStrategy[];
  /** Each step's strategy's position in STRATEGY_NAMES (its rate, its draws and its tally line). */
  readonly indexes: Int32Array;
  /** Each step's rate, above 0. */
  readonly rates: Float64Array;
}

const INDEX = new Map<string, number>(STRATEGY_NAMES.map((n, i) => [n, i]));
const plans = new WeakMap<readonly NoiseField[], WeakMap<object, NoisePlan>>();

/** The profile's rates by position in STRATEGY_NAMES. */
const rateTable = (profile: NoiseProfile): Float64Array => Float64Array.from(STRATEGY_NAMES, (n) => profile.rates[n]);

/** Builds the plan of `fields` under `profile` (see {@link NoisePlan}). */
export function compilePlan(fields: readonly NoiseField[], profile: NoiseProfile): NoisePlan {
  const table = rateTable(profile);
  const kept: NoiseField[] = [];
  const starts: number[] = [0];
  const strategies: NoiseStrategy[] = [];
  const indexes: number[] = [];
  for (const field of fields) {
    for (const strategy of strategiesForKind(field.kind)) {
      const index = INDEX.get(strategy.name) ?? -1;
      if (!(table[index] > 0)) continue;
      strategies.push(strategy);
      indexes.push(index);
    }
    if (strategies.length === starts[starts.length - 1]) continue;
    kept.push(field);
    starts.push(strategies.length);
  }
  return {
    fields: kept,
    names: kept.map((f) => f.name),
    stepStart: Int32Array.from(starts),
    strategies,
    indexes: Int32Array.from(indexes),
    rates: Float64Array.from(indexes, (i) => table[i]),
  };
}

/** {@link compilePlan}, cached per `fields` array and `profile.rates` object (both read-only). */
export function planFor(fields: readonly NoiseField[], profile: NoiseProfile): NoisePlan {
  let byRates = plans.get(fields);
  if (byRates === undefined) plans.set(fields, (byRates = new WeakMap()));
  let plan = byRates.get(profile.rates);
  if (plan === undefined) {
    plan = compilePlan(fields, profile);
    byRates.set(profile.rates, plan);
  }
  return plan;
}
