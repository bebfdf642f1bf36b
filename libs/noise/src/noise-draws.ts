import type { Rng } from '@synth/random';
import { STRATEGY_NAMES } from './strategy-names';
import type { NoiseProfile } from './types';

/**
 * The uniform draws that decide whether a strategy is applied, stratified per strategy: the
 * opportunities of one strategy are taken in windows of `W ≈ 5 / rate` (see {@link NoiseDraws.windowOf}),
 * and inside a window the k-th draw falls in the stratum `[π(k)/W, (π(k)+1)/W)` of a random permutation
 * `π`. Each draw is still uniform on [0, 1), so every opportunity is applied with exactly its configured
 * probability; but a full window holds `rate·W` (about 5) draws under `rate`, so the realised rate of a run
 * stays within a few applications of the configured one instead of wandering by the binomial
 * √(n·p·(1−p)) — at the default volumes that spread is ±8 % for `geo_mismatch` alone. The price is a
 * negative correlation between two opportunities of the same strategy in the same window (−1/(W−1)): two
 * of them both fire about 4/5 as often as with independent draws.
 *
 * Make one per unit of work whose records always come in the same order (a chunk of entities),
 * from a stream derived from the seed and that unit, so the draws never depend on workers or shards.
 *
 * @example
 * const draws = new NoiseDraws(createRng(42, 'noise', 'draws', chunk), profile);
 * for (const record of renderChunk(plan, schema, chunk)) {
 *   const rng = createRng(42, 'noise', record.source, record.id);
 *   applyNoise(record.row, fields, profile, rng, tally, draws);
 * }
 */
export class NoiseDraws {
  /** Applications expected per full window. */
  static readonly APPLICATIONS_PER_WINDOW = 5;
  /** Bounds of a window, in opportunities. */
  static readonly MIN_WINDOW = 2;
  static readonly MAX_WINDOW = 1000;

  /** The window of a strategy at `rate`: `round(5 / rate)` opportunities, within 2..1000. */
  static windowOf(rate: number): number {
    if (!(rate > 0)) return NoiseDraws.MAX_WINDOW;
    const w = Math.round(NoiseDraws.APPLICATIONS_PER_WINDOW / rate);
    return Math.min(NoiseDraws.MAX_WINDOW, Math.max(NoiseDraws.MIN_WINDOW, w));
  }

  private readonly counts = new Uint32Array(STRATEGY_NAMES.length);
  private readonly strata: Uint16Array[];

  constructor(
    private readonly rng: Rng,
    profile: NoiseProfile,
  ) {
    this.strata = STRATEGY_NAMES.map((name) => new Uint16Array(NoiseDraws.windowOf(profile.rates[name])));
  }

  /** The window (in opportunities) of the strategy at position `index` of {@link STRATEGY_NAMES}. */
  window(index: number): number {
    return this.strata[index].length;
  }

  /** The next decision draw of the strategy at position `index` of {@link STRATEGY_NAMES}: uniform on [0, 1). */
  next(index: number): number {
    const strata = this.strata[index];
    const w = strata.length;
    const k = this.counts[index]++ % w;
    if (k === 0) {
      // A fresh window: a random permutation of the strata (Fisher–Yates).
      for (let i = 0; i < w; i++) strata[i] = i;
      for (let i = w - 1; i > 0; i--) {
        const j = this.rng.int(0, i);
        const t = strata[i];
        strata[i] = strata[j];
        strata[j] = t;
      }
    }
    return (strata[k] + this.rng.next()) / w;
  }
}
