import { columnValue } from '@synth/io';
import type { ColumnBatch } from '@synth/io';

export const HISTOGRAM_BINS = 20;

/** Per feature: counts of values in 20 equal bins over [0, 1] and nulls, for y=1 and y=0. */
export interface FeatureHistogram {
  positive: number[];
  negative: number[];
  nullPositive: number;
  nullNegative: number;
}

/** Empty histograms of `features`. */
export function emptyHistograms(features: readonly string[]): Record<string, FeatureHistogram> {
  const out: Record<string, FeatureHistogram> = {};
  for (const f of features) {
    out[f] = {
      positive: new Array(HISTOGRAM_BINS).fill(0),
      negative: new Array(HISTOGRAM_BINS).fill(0),
      nullPositive: 0,
      nullNegative: 0,
    };
  }
  return out;
}

/** A pair's label: 1 when `y` is 1 (number or text), else 0. */
export function pairLabel(pair: Record<string, unknown>): 0 | 1 {
  return Number(pair['y']) === 1 ? 1 : 0;
}

/** A feature value as the model reads it: a finite number, or null (missing, empty, NaN, infinite). */
export function featureValue(v: unknown): number | null {
  return v === null || v === undefined || v === '' || !Number.isFinite(Number(v)) ? null : Number(v);
}

/** Counts one pair row's feature values into `histograms` (exact counts: the order of rows does not matter). */
export function addToHistograms(
  histograms: Record<string, FeatureHistogram>,
  features: readonly string[],
  pair: Record<string, unknown>,
): void {
  const y = pairLabel(pair);
  for (const f of features) countValue(histograms[f], y, featureValue(pair[f]));
}

/** Counts one feature value (null, or a number binned over [0, 1]) of a pair labelled `y` into `h`. */
function countValue(h: FeatureHistogram, y: number, value: number | null): void {
  if (value === null) {
    if (y) h.nullPositive++;
    else h.nullNegative++;
    return;
  }
  const bin = Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(value * HISTOGRAM_BINS)));
  (y ? h.positive : h.negative)[bin]++;
}

/**
 * Counts every row of a column batch of pairs (`y` and one column per feature) into `histograms`: the counts
 * {@link addToHistograms} gives for the same rows as objects, read column by column without a row object.
 */
export function addBatchToHistograms(
  histograms: Record<string, FeatureHistogram>,
  features: readonly string[],
  batch: ColumnBatch,
): void {
  const n = batch.length;
  const yColumn = batch.columns['y'];
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) labels[i] = Number(columnValue(yColumn, i)) === 1 ? 1 : 0;
  for (const f of features) {
    const column = batch.columns[f];
    const h = histograms[f];
    for (let i = 0; i < n; i++) {
      const v = column?.type === 'double' && column.nulls?.[i] !== 1 ? column.values[i] : columnValue(column, i);
      countValue(h, labels[i], typeof v === 'number' && Number.isFinite(v) ? v : featureValue(v));
    }
  }
}

/** Adds the counts of `from` into `into` (same features). */
export function mergeHistograms(
  into: Record<string, FeatureHistogram>,
  from: Readonly<Record<string, FeatureHistogram>>,
): void {
  for (const [f, h] of Object.entries(from)) {
    const target = into[f];
    if (!target) continue;
    for (let i = 0; i < HISTOGRAM_BINS; i++) {
      target.positive[i] += h.positive[i];
      target.negative[i] += h.negative[i];
    }
    target.nullPositive += h.nullPositive;
    target.nullNegative += h.nullNegative;
  }
}
