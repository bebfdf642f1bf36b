import { columnValue } from '@synth/io';
import type { ColumnBatch, ColumnValues } from '@synth/io';
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

/** What the smoke models read of a {@link PairSample}: plain data, so it can be posted to another thread. */
export type SmokeSample = Pick<PairSample, 'features' | 'splits'>;

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
  private readonly slots = new Map<string, () => number>();

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
    const k = this.slot(split);
    if (k < 0) return;
    const sample = this.splits[split];
    sample.rows[k] = this.values(pair);
    sample.y[k] = pairLabel(pair);
    sample.kinds[k] = String(pair['pair_kind']);
  }

  /**
   * Offers every row of a column batch of pairs (columns `split`, `y`, `pair_kind` and the features), in row
   * order, exactly as {@link sample} offers the same rows as objects; no object is made for a row not kept.
   */
  sampleBatch(batch: ColumnBatch): void {
    const { split, y, pair_kind: kind } = batch.columns;
    const features = this.features.map((f) => batch.columns[f]);
    // Rows of a split come in runs: its name is looked up once per run, not once per row.
    let name: string | null = null;
    let slot: (() => number) | null = null;
    for (let i = 0; i < batch.length; i++) {
      const current = String(columnValue(split, i));
      if (current !== name) {
        name = current;
        slot = this.slotOf(current);
      }
      const k = slot === null ? -1 : slot();
      if (k < 0) continue;
      const sample = this.splits[current];
      sample.rows[k] = featureRow(features, i);
      sample.y[k] = Number(columnValue(y, i)) === 1 ? 1 : 0;
      sample.kinds[k] = String(columnValue(kind, i));
    }
  }

  /** Counts one more pair of `split`: the reservoir index it takes, or -1 when it is not kept. */
  private slot(split: string): number {
    return this.slotOf(split)?.() ?? -1;
  }

  /**
   * The reservoir of `split` as a function that counts one more pair of it and returns the index the pair takes,
   * or -1 when it is not kept; null for a split without a reservoir. Made once per split.
   */
  private slotOf(split: string): (() => number) | null {
    if (!Object.hasOwn(this.splits, split)) return null;
    const known = this.slots.get(split);
    if (known) return known;
    const sample = this.splits[split];
    const cap = this.capacity[split];
    const rng = this.rngs[split];
    const slot = () => {
      sample.seen++;
      if (sample.rows.length < cap) return sample.rows.length;
      const k = rng.int(0, sample.seen - 1);
      return k < cap ? k : -1;
    };
    this.slots.set(split, slot);
    return slot;
  }

  private values(pair: Record<string, unknown>): (number | null)[] {
    return this.features.map((f) => featureValue(pair[f]));
  }
}

/**
 * Row `i`'s feature values as {@link featureValue} reads them from its columns: a double column's value straight
 * from its typed array (null where it is null or not finite), any other column through `columnValue`.
 */
function featureRow(columns: readonly (ColumnValues | undefined)[], i: number): (number | null)[] {
  const row: (number | null)[] = [];
  for (let f = 0; f < columns.length; f++) {
    const column = columns[f];
    if (column?.type !== 'double') row.push(featureValue(columnValue(column, i)));
    else {
      const v = column.values[i];
      row.push(column.nulls?.[i] === 1 || !Number.isFinite(v) ? null : v);
    }
  }
  return row;
}
