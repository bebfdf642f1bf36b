// The whole run
export { generateDataset } from './generate-dataset';
export type { GenerateControl, GenerateProgress } from './generate-dataset';
export { validateDataset } from './validate-dataset';
export type { ValidateDatasetOptions } from './validate-dataset';
export { renderReport } from './render-report';
export { rebuildReport } from './rebuild-report';
export { exportDataset } from './export-dataset';
export type { ExportDatasetOptions, ExportDatasetResult } from './export-dataset';
export { EXPORT_FORMATS } from './internal/export/export-formats';
export type { ExportFormat } from './internal/export/export-formats';
export { makeSamples, SAMPLE_ROWS, SAMPLE_PAIRS_PER_KIND } from './make-samples';
export type { SynthSummary, SummarySplit } from './synth-summary';
// Options as data
export { GENERATE_OPTION_TABLE, DEV_COUNTS, MAX_RECORDS } from './generate-option-table';
export type { GenerateOptionName, OptionSpec } from './generate-option-table';
export { parseOptionText } from './parse-option-text';
export { resolveGenerateOptions, defaultSchemaPath, DEFAULT_SCHEMA } from './resolve-generate-options';
export type {
  Difficulty,
  DupDistributionKind,
  GenerateDatasetOptions,
  GenerateOptions,
  Locale,
  PiiMode,
} from './resolve-generate-options';
// Layout, workers, errors
export { datasetLayout, partSuffix, TRUTH_COLUMNS } from './dataset-layout';
export type { DatasetDirs, DatasetLayout } from './dataset-layout';
export { runBlockWorker } from './run-block-worker';
export { PipelineError } from './pipeline-error';
export type { PipelineErrorKind } from './pipeline-error';
export { environmentError, ENVIRONMENT_ERRORS } from './internal/environment-error';
