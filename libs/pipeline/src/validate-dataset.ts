import { existsSync } from 'node:fs';
import { loadSchema, SchemaError } from '@synth/schema';
import type { ValidationReport } from '@synth/validation';
import { datasetLayout } from './dataset-layout';
import { checkOption, optionError } from './internal/check-option';
import { validateOutputs } from './internal/validate-outputs';
import { PipelineError } from './pipeline-error';
import { defaultSchemaPath } from './resolve-generate-options';
import type { PiiMode } from './resolve-generate-options';
import { GENERATE_OPTION_TABLE as T } from './generate-option-table';

/** Where a dataset is and how it was made: the options of {@link validateDataset} (defaults as for generate). */
export interface ValidateDatasetOptions {
  schema?: string;
  outdir?: string;
  pairsOut?: string;
  pii?: PiiMode;
  negRatio?: number;
  gates?: boolean;
}

/**
 * Re-reads an existing dataset — the source CSVs and truth.csv in `outdir`, the pair parquet files in
 * `pairsOut` — and runs every check `generateDataset` runs. Resolves to the report (`ok` when every check
 * passed); a missing file or a bad schema is an input `PipelineError`.
 *
 * @example
 * const report = await validateDataset({ outdir: '/tmp/synth', pairsOut: '/tmp/pairs', gates: false });
 * report.checks.filter((c) => !c.ok).map((c) => c.name); // []
 */
export async function validateDataset(options: ValidateDatasetOptions = {}): Promise<ValidationReport> {
  const outdir = options.outdir ?? T.outdir.default;
  const pairsOut = options.pairsOut ?? T.pairsOut.default;
  const pii = options.pii === undefined ? T.pii.default : checkOption('pii', options.pii);
  const negRatio = (
    options.negRatio === undefined ? T.negRatio.default : checkOption('negRatio', options.negRatio)
  ) as number;
  const layout = datasetLayout({ outdir, pairsOut, reportDir: '' });
  const missing = [...Object.values(layout.sources), layout.truth, ...Object.values(layout.pairs)].filter(
    (f) => !existsSync(f),
  );
  if (missing.length) {
    throw new PipelineError(
      'input',
      `No dataset to validate: missing ${missing.join(', ')}. ` +
        'Point outdir and pairsOut at the folders of a generated dataset.',
    );
  }
  let schema;
  try {
    schema = loadSchema(options.schema ?? defaultSchemaPath()).schema;
  } catch (error) {
    if (error instanceof SchemaError) throw optionError('schema', `: ${error.message}`);
    throw error;
  }
  const gates = options.gates ?? T.gates.default;
  const review = await validateOutputs({
    schema,
    outdir,
    pairsOut,
    gates,
    negRatio,
    piiHashed: pii === 'hashed',
    seed: 42,
  });
  return review.report;
}
