import { createRng } from '@synth/random';
import type { Rng } from '@synth/random';
import { addToHistograms, emptyHistograms, featureValue, mergeHistograms, pairLabel } from './feature-histograms';
import type { FeatureHistogram } from './feature-histograms';

export { HISTOGRAM_BINS } from './feature-histograms';
export type { FeatureHistogram } from './feature-histograms';

/** A bounded, seeded sample of labelled feature rows per split (reservoir sampling). */
export interface SplitSample {
  seen: number;
  rows: (number | null)[][];
  y: number[];
  /** Each sampled pair's `pair_kind`. */
  kinds: string[];
}

/**
 * Collects, while the pairs stream past: exact histograms of every feature for positives and negatives,
 * and a reservoir sample of at most `capacity[split]` pairs per split for the smoke model. Memory is
 * bounded whatever the number of pairs. Each split has its own seeded stream, so the sample of a split
 * depends only on that split's pairs in order, however the splits interleave.
 */
export class PairSample {
  readonly histograms: Record<string, FeatureHistogram>;
  readonly splits: Record<string, SplitSample> = {};
  private readonly rngs: Record<string, Rng> = {};

  constructor(
    readonly features: readonly string[],
    seed: number,
    private readonly capacity: Record<string, number> = { train: 20_000, valid: 20_000, test: 20_000 },
  ) {
    this.histograms = emptyHistograms(features);
    for (const split of Object.keys(capacity)) {
      this.splits[split] = { seen: 0, rows: [], y: [], kinds: [] };
      this.rngs[split] = createRng(seed, 'smoke', split);
    }
  }

  /** Adds one pair row (`y`, `split` and one column per feature) to the histograms and the sample. */
  add(pair: Record<string, unknown>): void {
    addToHistograms(this.histograms, this.features, pair);
    this.sample(pair);
  }

  /** Adds histograms counted elsewhere (e.g. in a block) whose pairs are then only {@link sample}d here. */
  addHistograms(histograms: Readonly<Record<string, FeatureHistogram>>): void {
    mergeHistograms(this.histograms, histograms);
  }

  /** Offers one pair row to its split's reservoir only (its features are read only when it is kept). */
  sample(pair: Record<string, unknown>): void {
    const split = String(pair['split']);
    const sample = this.splits[split];
    if (!sample) return;
    sample.seen++;
    const cap = this.capacity[split];
    if (sample.rows.length < cap) {
      sample.rows.push(this.values(pair));
      sample.y.push(pairLabel(pair));
      sample.kinds.push(String(pair['pair_kind']));
      return;
    }
    const k = this.rngs[split].int(0, sample.seen - 1);
    if (k < cap) {
      sample.rows[k] = this.values(pair);
      sample.y[k] = pairLabel(pair);
      sample.kinds[k] = String(pair['pair_kind']);
    }
  }

  private values(pair: Record<string, unknown>): (number | null)[] {
    return this.features.map((f) => featureValue(pair[f]));
  }
}
