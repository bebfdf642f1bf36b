import path from 'node:path';
import { SOURCES, SPLITS } from '@synth/features';
import type { Source, Split } from '@synth/features';

/** The columns of `truth.csv` (spec.md). */
export const TRUTH_COLUMNS = ['source', 'id', 'entity_id', 'is_duplicate', 'dup_of', 'noise'] as const;

/** The folders of a dataset: the options `outdir`, `pairsOut` and `reportDir`. */
export interface DatasetDirs {
  outdir: string;
  pairsOut: string;
  reportDir: string;
}

/** The path of every file of a dataset. */
export interface DatasetLayout {
  /** `<outdir>/<source>.csv` */
  sources: Record<Source, string>;
  /** `<outdir>/truth.csv` */
  truth: string;
  /** `<pairsOut>/<split>.parquet` */
  pairs: Record<Split, string>;
  /** `<pairsOut>/pairs.csv`: every pair, the parquet columns as CSV. */
  pairsCsv: string;
  /** `<reportDir>/synth_summary.json` */
  summaryJson: string;
  /** `<reportDir>/synth_summary.html` */
  summaryHtml: string;
}

/**
 * The `.part-KKKKK-of-NNNNN` suffix of a shard's files ('' without sharding).
 *
 * @example
 * partSuffix({ index: 3, count: 16 }); // '.part-00003-of-00016'
 */
export function partSuffix(shard: { index: number; count: number } | null): string {
  if (shard === null) return '';
  const pad = (v: number) => String(v).padStart(5, '0');
  return `.part-${pad(shard.index)}-of-${pad(shard.count)}`;
}

/**
 * Where every file of a dataset lives: the one place that knows the file names (a shard's files carry its
 * `partSuffix` before the extension: `leads.part-00003-of-00016.csv`).
 *
 * @example
 * datasetLayout({ outdir: 'data/synth', pairsOut: 'data/pairs', reportDir: 'reports' }).pairs.train;
 * // 'data/pairs/train.parquet'
 */
export function datasetLayout(dirs: DatasetDirs, suffix = ''): DatasetLayout {
  const sources = Object.fromEntries(SOURCES.map((s) => [s, path.join(dirs.outdir, `${s}${suffix}.csv`)]));
  const pairs = Object.fromEntries(SPLITS.map((s) => [s, path.join(dirs.pairsOut, `${s}${suffix}.parquet`)]));
  return {
    sources: sources as Record<Source, string>,
    truth: path.join(dirs.outdir, `truth${suffix}.csv`),
    pairs: pairs as Record<Split, string>,
    pairsCsv: path.join(dirs.pairsOut, `pairs${suffix}.csv`),
    summaryJson: path.join(dirs.reportDir, `synth_summary${suffix}.json`),
    summaryHtml: path.join(dirs.reportDir, `synth_summary${suffix}.html`),
  };
}
