import type { Source } from '@synth/features';

/** Per source: within-source duplicates per noise strategy, keys in order of first appearance. */
export type StrategyCounts = Record<Source, Record<string, number>>;

export const emptyStrategyCounts = (): StrategyCounts => ({ leads: {}, sales: {}, financial: {} });

/**
 * Counts one truth row: a within-source duplicate (`is_duplicate` true) with noise adds 1 to each
 * strategy its `noise` column names (`strategy:detail|…`), once per strategy. The summary files these
 * under `duplicates`.
 */
export function countStrategies(counts: StrategyCounts, row: Record<string, string>): void {
  const perSource = counts[row['source'] as Source];
  if (!perSource || !row['noise'] || row['is_duplicate'] !== 'true') return;
  for (const strategy of new Set(row['noise'].split('|').map((n) => n.split(':')[0])))
    perSource[strategy] = (perSource[strategy] ?? 0) + 1;
}

/** Adds `from` into `into`; strategies new to `into` come after its own, in `from`'s order. */
export function mergeStrategyCounts(into: StrategyCounts, from: StrategyCounts): void {
  for (const source of Object.keys(into) as Source[]) {
    for (const [strategy, n] of Object.entries(from[source]))
      into[source][strategy] = (into[source][strategy] ?? 0) + n;
  }
}
