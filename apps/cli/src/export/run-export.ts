import path from 'node:path';
import type { Writable } from 'node:stream';
import { createCommitGroup, installCleanupHandlers } from '@synth/io';
import type { CommitGroup } from '@synth/io';
import { exportDedupe } from './export-dedupe';
import { ExportDataset } from './export-dataset';
import type { ExportFormat } from './export-formats';
import type { ExportResult } from './export-result';
import { exportSplink } from './export-splink';
import { exportZingg } from './export-zingg';
import { findDatasetFiles } from './find-dataset-files';

/** Where `synth export` reads and writes. */
export interface ExportOptions {
  format: ExportFormat;
  /** Folder of the source CSVs and truth.csv. */
  outdir: string;
  /** Folder of the pair parquet files. */
  pairsOut: string;
  /** The export folder (created). */
  out: string;
}

const EXPORTERS: Record<ExportFormat, (d: ExportDataset, out: string, g: CommitGroup) => Promise<ExportResult>> = {
  splink: exportSplink,
  dedupe: exportDedupe,
  zingg: exportZingg,
};

/**
 * `synth export`: finds and opens the dataset (an `ExportError` when it is missing or inconsistent), writes
 * the format's files as temporaries, renames them all at once when every one is complete (an error or a
 * signal leaves the export folder as it was), then prints what was written on `stdout`.
 *
 * @example
 * const folders = { outdir: 'data/synth', pairsOut: 'data/pairs', out: 'data/export/splink' };
 * await runExport({ format: 'splink', ...folders }, process);
 */
export async function runExport(options: ExportOptions, streams: { stdout: Writable }): Promise<ExportResult> {
  const files = findDatasetFiles(options.outdir, options.pairsOut);
  const dataset = await ExportDataset.open(files);
  const removeHandlers = installCleanupHandlers();
  const group = createCommitGroup();
  let result: ExportResult;
  try {
    result = await EXPORTERS[options.format](dataset, options.out, group);
    group.commit();
  } catch (error) {
    group.discard();
    throw error;
  } finally {
    removeHandlers();
  }
  const pii =
    result.pii === 'hashed'
      ? `PII: hashed (generated with --pii hashed): ${result.hashed.join(', ')} hold sha256 hex values, ` +
        'exported as they are; only exact comparisons apply to them (README.md)'
      : 'PII: plain';
  const title = `synth export --format ${options.format} → ${path.resolve(options.out)}`;
  const lines = [...result.lines, dataset.uniqueIdRule, pii, 'README.md: how to load it'];
  streams.stdout.write([title, ...lines.map((l) => `  ${l}`)].join('\n') + '\n');
  return result;
}
