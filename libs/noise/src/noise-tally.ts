import { STRATEGY_NAMES } from './strategy-names';
import type { NoiseProfile, StrategyName } from './types';

/** One strategy's line in the tally. `realised` is applications / opportunities, `null` with no opportunity. */
export interface NoiseTallyEntry {
  configured: number;
  opportunities: number;
  applications: number;
  realised: number | null;
}

/** The serialised tally: one entry per strategy, in {@link STRATEGY_NAMES} order. */
export type NoiseTallyJson = Record<StrategyName, NoiseTallyEntry>;

const INDEX: ReadonlyMap<string, number> = new Map(STRATEGY_NAMES.map((n, i) => [n, i]));
const indexOf = (name: StrategyName): number => INDEX.get(name) ?? -1;

/**
 * Counts, per strategy, the opportunities (a value the strategy could change, with a rate above 0)
 * and the applications, next to the configured rate. Tallies of blocks or workers are combined with
 * `merge`; `toJSON` / `fromJSON` carry a tally across a worker boundary and into the summary.
 *
 * @example
 * const tally = new NoiseTally(profile);
 * applyNoise(row, fields, profile, rng, tally);
 * tally.toJSON().typo; // { configured: 0.05, opportunities: 3, applications: 0, realised: 0 }
 */
export class NoiseTally {
  private readonly opportunityCounts = new Float64Array(STRATEGY_NAMES.length);
  private readonly applicationCounts = new Float64Array(STRATEGY_NAMES.length);

  constructor(readonly profile: NoiseProfile) {}

  /** Rebuilds a tally from its `toJSON()` form (the configured rates become the profile). */
  static fromJSON(json: NoiseTallyJson): NoiseTally {
    const rates = {} as Record<StrategyName, number>;
    for (const name of STRATEGY_NAMES) rates[name] = json[name]?.configured ?? 0;
    const tally = new NoiseTally({ rates });
    STRATEGY_NAMES.forEach((name, i) => {
      tally.opportunityCounts[i] = json[name]?.opportunities ?? 0;
      tally.applicationCounts[i] = json[name]?.applications ?? 0;
    });
    return tally;
  }

  /** Counts one opportunity of `name`, and one application when `applied`. */
  record(name: StrategyName, applied: boolean): void {
    this.recordAt(indexOf(name), applied);
  }

  /** {@link record} by position in {@link STRATEGY_NAMES} (the hot path of `applyNoise`). */
  recordAt(index: number, applied: boolean): void {
    this.opportunityCounts[index]++;
    if (applied) this.applicationCounts[index]++;
  }

  opportunities(name: StrategyName): number {
    return this.opportunityCounts[indexOf(name)];
  }

  applications(name: StrategyName): number {
    return this.applicationCounts[indexOf(name)];
  }

  /** Adds another tally's counts to this one (the configured rates stay this tally's). Returns `this`. */
  merge(other: NoiseTally): this {
    for (let i = 0; i < STRATEGY_NAMES.length; i++) {
      this.opportunityCounts[i] += other.opportunityCounts[i];
      this.applicationCounts[i] += other.applicationCounts[i];
    }
    return this;
  }

  toJSON(): NoiseTallyJson {
    const out = {} as NoiseTallyJson;
    STRATEGY_NAMES.forEach((name, i) => {
      const opportunities = this.opportunityCounts[i];
      const applications = this.applicationCounts[i];
      out[name] = {
        configured: this.profile.rates[name],
        opportunities,
        applications,
        realised: opportunities === 0 ? null : applications / opportunities,
      };
    });
    return out;
  }
}
