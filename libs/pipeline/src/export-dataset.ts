import path from 'node:path';
import { createCommitGroup, IoError } from '@synth/io';
import type { CommitGroup } from '@synth/io';
import { optionError } from './internal/check-option';
import { environmentError } from './internal/environment-error';
import { exportDedupe } from './internal/export/export-dedupe';
import { ExportDataset } from './internal/export/export-dataset';
import { ExportError } from './internal/export/export-error';
import { EXPORT_FORMATS, isExportFormat } from './internal/export/export-formats';
import type { ExportFormat } from './internal/export/export-formats';
import type { ExportResult } from './internal/export/export-result';
import { exportSplink } from './internal/export/export-splink';
import { exportZingg } from './internal/export/export-zingg';
import { findDatasetFiles } from './internal/export/find-dataset-files';
import { checkWritableDir } from './internal/load-inputs';
import { PipelineError } from './pipeline-error';

/** Where {@link exportDataset} reads and writes. */
export interface ExportDatasetOptions {
  /** `splink`, `dedupe` or `zingg`. */
  format: ExportFormat;
  /** Folder of the source CSVs and truth.csv. @default 'data/synth' */
  outdir?: string;
  /** Folder of the pair parquet files. @default 'data/pairs' */
  pairsOut?: string;
  /** The export folder (created). @default `data/export/<format>` */
  out?: string;
}

/** What {@link exportDataset} wrote: the export's files and lines, where, and how `unique_id` is formed. */
export type ExportDatasetResult = ExportResult & { out: string; uniqueIdRule: string };

const EXPORTERS: Record<ExportFormat, (d: ExportDataset, out: string, g: CommitGroup) => Promise<ExportResult>> = {
  splink: exportSplink,
  dedupe: exportDedupe,
  zingg: exportZingg,
};

/**
 * A generated dataset in the shape Splink, dedupe or Zingg reads: finds and opens the dataset, writes the
 * format's files as temporaries and renames them all at once when every one is complete (an error leaves the
 * export folder as it was). A missing or inconsistent dataset, an unknown format or an unwritable folder is an
 * input `PipelineError` (nothing written); a full disk or a refused permission an environment one.
 *
 * @example
 * const result = await exportDataset({ format: 'splink', outdir: 'data/synth', pairsOut: 'data/pairs' });
 * result.files; // ['records.parquet', 'records.csv', 'labels.csv', 'README.md']
 */
export async function exportDataset(options: ExportDatasetOptions): Promise<ExportDatasetResult> {
  const { format, outdir = 'data/synth', pairsOut = 'data/pairs' } = options;
  if (!isExportFormat(format)) {
    throw optionError('format', ` must be one of ${EXPORT_FORMATS.join(', ')} (got "${String(format)}").`);
  }
  const out = options.out ?? path.join('data/export', format);
  checkWritableDir('out', out); // created by the writers, once the dataset has been found and opened
  const group = createCommitGroup();
  try {
    const dataset = await ExportDataset.open(findDatasetFiles(outdir, pairsOut));
    const result = await EXPORTERS[format](dataset, out, group);
    group.commit();
    return { ...result, out, uniqueIdRule: dataset.uniqueIdRule };
  } catch (error) {
    group.discard();
    if (error instanceof ExportError)
      throw new PipelineError('input', error.message, { file: error.path, cause: error });
    const environment = environmentError(error);
    if (environment) throw environment;
    if (error instanceof IoError && error.operation === 'read') {
      const detail = `${error.message}. Is it a dataset synth generate wrote?`;
      throw new PipelineError('input', detail, { file: error.path, cause: error });
    }
    throw error;
  }
}
