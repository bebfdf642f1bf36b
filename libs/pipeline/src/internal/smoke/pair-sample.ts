import { createRng } from '@synth/random';
import type { Rng } from '@synth/random';

export const HISTOGRAM_BINS = 20;

/** Per feature: counts of values in 20 equal bins over [0, 1] and nulls, for y=1 and y=0. */
export interface FeatureHistogram {
  positive: number[];
  negative: number[];
  nullPositive: number;
  nullNegative: number;
}

/** A bounded, seeded sample of labelled feature rows per split (reservoir sampling). */
export interface SplitSample {
  seen: number;
  rows: (number | null)[][];
  y: number[];
  /** Each sampled pair's `pair_kind`. */
  kinds: string[];
}

/**
 * Collects, while the pair files are re-read: exact histograms of every feature for positives and
 * negatives, and a reservoir sample of at most `capacity[split]` pairs per split for the smoke model.
 * Memory is bounded whatever the number of pairs.
 */
export class PairSample {
  readonly histograms: Record<string, FeatureHistogram> = {};
  readonly splits: Record<string, SplitSample> = {};
  private readonly rngs: Record<string, Rng> = {};

  constructor(
    readonly features: readonly string[],
    seed: number,
    private readonly capacity: Record<string, number> = { train: 20_000, valid: 20_000, test: 20_000 },
  ) {
    for (const f of features) {
      this.histograms[f] = {
        positive: new Array(HISTOGRAM_BINS).fill(0),
        negative: new Array(HISTOGRAM_BINS).fill(0),
        nullPositive: 0,
        nullNegative: 0,
      };
    }
    for (const split of Object.keys(capacity)) {
      this.splits[split] = { seen: 0, rows: [], y: [], kinds: [] };
      this.rngs[split] = createRng(seed, 'smoke', split);
    }
  }

  /** Adds one pair row (`y`, `split` and one column per feature). */
  add(pair: Record<string, unknown>): void {
    const y = Number(pair['y']) === 1 ? 1 : 0;
    const values = this.features.map((f) => {
      const v = pair[f];
      return v === null || v === undefined || v === '' || !Number.isFinite(Number(v)) ? null : Number(v);
    });
    values.forEach((v, j) => {
      const h = this.histograms[this.features[j]];
      if (v === null) {
        if (y) h.nullPositive++;
        else h.nullNegative++;
        return;
      }
      const bin = Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(v * HISTOGRAM_BINS)));
      (y ? h.positive : h.negative)[bin]++;
    });
    const split = String(pair['split']);
    const sample = this.splits[split];
    if (!sample) return;
    sample.seen++;
    const cap = this.capacity[split];
    if (sample.rows.length < cap) {
      sample.rows.push(values);
      sample.y.push(y);
      sample.kinds.push(String(pair['pair_kind']));
      return;
    }
    const k = this.rngs[split].int(0, sample.seen - 1);
    if (k < cap) {
      sample.rows[k] = values;
      sample.y[k] = y;
      sample.kinds[k] = String(pair['pair_kind']);
    }
  }
}
