import path from 'node:path';
import { Command, Option, UsageError } from 'clipanion';
import { installCleanupHandlers } from '@synth/io';
import { EXPORT_FORMATS, exportDataset } from '@synth/pipeline';
import type { ExportFormat } from '@synth/pipeline';

/** `synth export`: a generated dataset in the shapes Splink, dedupe and Zingg read. */
export class ExportCommand extends Command {
  static override paths = [['export']];

  static override usage = Command.Usage({
    description: 'Write a generated dataset in the shape Splink, dedupe or Zingg reads.',
    details: `
      Reads the dataset \`synth generate\` wrote (\`leads.csv\`, \`sales.csv\`, \`financial.csv\` and \`truth.csv\` in
      --outdir, \`{train,valid,test}.parquet\` in --pairs-out; a shard's part files too) and writes these files and a
      short readme of fitting settings (\`README.md\`) into --out.

      splink: \`records.parquet\` and \`records.csv\` (every record: \`unique_id\`, \`source_dataset\`, \`cluster_id\` =
      truth.csv \`entity_id\`, the columns the sources share, named alike) and \`labels.csv\` (every pair:
      \`clerical_match_score\` = y, \`split\`, \`pair_kind\`).

      dedupe: \`training.json\`, \`{"match": [[a, b], …], "distinct": [[a, b], …]}\` of whole records, train split.

      zingg: \`training-samples.csv\` (train split, each pair as two rows sharing \`z_cluster\`, \`z_isMatch\` 1 or
      0) and \`zingg-fields.json\` (field definitions).

      A dataset generated with \`--pii hashed\` is recognised by its values and exported hashed; stdout and the README
      say so. Every file is written under a temporary name and all are renamed together when complete.

      Exit codes: 0 written; 1 an unexpected error (printed with its stack); 2 usage or input error (unknown format,
      missing or inconsistent dataset, unwritable --out), nothing written; 3 environment error (full disk, …).
    `,
    examples: [
      ['Splink tables from the default folders', '$0 export --format splink'],
      [
        'dedupe training pairs from a copy',
        '$0 export --format dedupe --outdir /tmp/copy/synth --pairs-out /tmp/copy/pairs --out /tmp/dedupe',
      ],
      ['Zingg training samples', '$0 export --format zingg --out data/export/zingg'],
    ],
  });

  format = Option.String('--format', { description: `Export format: ${EXPORT_FORMATS.join(', ')} (required)` });
  outdir = Option.String('--outdir', 'data/synth', {
    description: 'Folder of the source CSVs and truth.csv (default: data/synth)',
  });
  pairsOut = Option.String('--pairs-out', 'data/pairs', {
    description: 'Folder of the pair parquet files (default: data/pairs)',
  });
  out = Option.String('--out', { description: 'Export folder, created if needed (default: data/export/<format>)' });

  override async execute(): Promise<number> {
    if (this.format === undefined) throw new UsageError(`--format is required: one of ${EXPORT_FORMATS.join(', ')}.`);
    const { outdir, pairsOut, out } = this;
    const removeHandlers = installCleanupHandlers(); // a signal removes the export's temporaries
    const result = await exportDataset({ format: this.format as ExportFormat, outdir, pairsOut, out }).finally(
      removeHandlers,
    );
    const pii =
      result.pii === 'hashed'
        ? `PII: hashed (generated with --pii hashed): ${result.hashed.join(', ')} hold sha256 hex values, ` +
          'exported as they are; only exact comparisons apply to them (README.md)'
        : 'PII: plain';
    const title = `synth export --format ${result.format} → ${path.resolve(result.out)}`;
    const lines = [...result.lines, result.uniqueIdRule, pii, 'README.md: how to load it'];
    this.context.stdout.write([title, ...lines.map((l) => `  ${l}`)].join('\n') + '\n');
    return 0;
  }
}
