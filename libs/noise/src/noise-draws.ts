import type { Rng } from '@synth/random';
import { STRATEGY_NAMES } from './strategy-names';

/**
 * The uniform draws that decide whether a strategy is applied, stratified per strategy: the
 * opportunities of one strategy are taken in windows of {@link NoiseDraws.WINDOW}, and inside a
 * window the k-th draw falls in the stratum `[π(k)/W, (π(k)+1)/W)` of a random permutation `π`.
 * Each draw is still uniform on [0, 1), so every opportunity is applied with exactly its configured
 * probability; but a full window holds exactly `rate·W` draws under `rate` (when that is whole),
 * so the realised rate of a run stays within a few applications of the configured one instead of
 * wandering by the binomial √(n·p·(1−p)) — at the default volumes that spread is ±8 % for
 * `geo_mismatch` alone. The price is a slight negative correlation between two opportunities of
 * the same strategy in the same window (−1/(W−1)), far below anything a matcher can use.
 *
 * Make one per unit of work whose records always come in the same order (a chunk of entities),
 * from a stream derived from the seed and that unit, so the draws never depend on workers or shards.
 *
 * @example
 * const draws = new NoiseDraws(createRng(42, 'noise', 'draws', chunk));
 * for (const record of renderChunk(plan, schema, chunk)) {
 *   applyNoise(record.row, fields, profile, createRng(42, 'noise', record.source, record.id), tally, draws);
 * }
 */
export class NoiseDraws {
  /** Opportunities per stratified window: every default rate times 100 is a whole number. */
  static readonly WINDOW = 100;

  private readonly counts = new Uint32Array(STRATEGY_NAMES.length);
  private readonly strata: Uint16Array[] = STRATEGY_NAMES.map(() => new Uint16Array(NoiseDraws.WINDOW));

  constructor(private readonly rng: Rng) {}

  /** The next decision draw of the strategy at position `index` of {@link STRATEGY_NAMES}: uniform on [0, 1). */
  next(index: number): number {
    const k = this.counts[index]++ % NoiseDraws.WINDOW;
    const strata = this.strata[index];
    if (k === 0) {
      // A fresh window: a random permutation of the strata (Fisher–Yates).
      for (let i = 0; i < NoiseDraws.WINDOW; i++) strata[i] = i;
      for (let i = NoiseDraws.WINDOW - 1; i > 0; i--) {
        const j = this.rng.int(0, i);
        const t = strata[i];
        strata[i] = strata[j];
        strata[j] = t;
      }
    }
    return (strata[k] + this.rng.next()) / NoiseDraws.WINDOW;
  }
}
