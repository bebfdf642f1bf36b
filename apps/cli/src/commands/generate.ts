import { Command, Option } from 'clipanion';
import { installCleanupHandlers } from '@synth/io';
import { GENERATE_OPTION_TABLE, generateDataset } from '@synth/pipeline';
import type { GenerateOptionName } from '@synth/pipeline';
import { readOptions, tableOptions } from '../flags';
import { Progress } from '../generate/progress';
import { formatSummaryTable } from '../generate/format-summary-table';
import { EXIT } from '../exit-codes';

/** Every option of `generateDataset`, each a flag of `synth generate`. */
const NAMES = Object.keys(GENERATE_OPTION_TABLE) as GenerateOptionName[];

/** `synth generate`: the whole dataset — sources, truth, pairs, validation, summary. */
export class GenerateCommand extends Command {
  static override paths = [['generate']];

  static override usage = Command.Usage({
    description: 'Generate the three sources, the ground truth, labelled pairs and the summary report.',
    details: `
      Makes true entities first, renders their records in leads, sales and financial (with within-source
      duplicates, cross-source overlap and planted confusers), applies measured noise, writes
      \`leads.csv\`, \`sales.csv\`, \`financial.csv\` and \`truth.csv\` to --outdir, labelled pairs with cached
      \`@synth/features\` columns to --pairs-out as \`{train,valid,test}.parquet\` and \`pairs.csv\`, validates
      what was written and writes \`synth_summary.json\` and \`synth_summary.html\` to --report-dir.

      Same --seed and options ⇒ byte-identical CSV files and identical pairs. Every file is written under a
      temporary name and renamed when complete, so an interrupted run never leaves a half-written file.

      Exit codes: 0 every check passed; 1 a validation check or gate failed (the message names it), or an
      unexpected error; 2 usage or input error (bad flag, unreadable or malformed schema or noise profile,
      missing salt, unwritable folder) — nothing is written then; 3 environment error (full disk, no
      permission, read-only file system, too many open files) — earlier outputs untouched, temporaries removed.
    `,
    examples: [
      ['The default profile (30,000 / 3,000 / 2,100 records)', '$0 generate'],
      ['The dev profile (1,000 records per source)', '$0 generate --dev'],
      [
        'The hard preset (heavier noise, more confusers and contact variation), but 10% confusers',
        '$0 generate --difficulty hard --confuser-rate 0.1',
      ],
      [
        'Every option spelt out',
        '$0 generate --schema automotive_schemas.json --outdir data/synth --pairs-out data/pairs ' +
          '--n-leads 30000 --n-sales 3000 --n-financial 2100 --dup-rate 0.1 --overlap 0.4 --seed 42 ' +
          '--pii plain --locale US+CA',
      ],
      ['No plain PII in any output (salt from the environment)', 'SYNTH_PII_SALT=… $0 generate --dev --pii hashed'],
      [
        'A tiny dataset for a smoke test, gates off',
        '$0 generate --n-leads 100 --n-sales 50 --n-financial 50 --no-gates',
      ],
      ['The summary as JSON on stdout', '$0 generate --dev --json'],
      ['Shard 3 of 16 of a large run (e.g. one Kubernetes indexed job)', '$0 generate --n-leads 10000000 --shard 3/16'],
    ],
  });

  json = Option.Boolean('--json', false, { description: 'Print the summary JSON on stdout instead of the table' });

  constructor() {
    super();
    Object.assign(this, tableOptions(NAMES));
  }

  override async execute(): Promise<number> {
    const options = readOptions(this, NAMES);
    const { stdout, stderr } = this.context;
    const progress = new Progress(stderr);
    const removeHandlers = installCleanupHandlers();
    try {
      const summary = await generateDataset(options, {
        onProgress: ({ stage, done, total }) =>
          stage === 'generate' ? progress.update(stage, done, total) : progress.stage('validating what was written…'),
      });
      progress.done();
      stdout.write(this.json ? JSON.stringify(summary, null, 2) + '\n' : formatSummaryTable(summary));
      const failed = summary.validation.checks.filter((c) => !c.ok);
      if (failed.length === 0) return EXIT.ok;
      const what = failed.map((c) => `${c.name} (${c.failed} failed${c.examples[0] ? `, e.g. ${c.examples[0]}` : ''})`);
      stderr.write(`synth: validation failed: ${what.join('; ')}\n`);
      return EXIT.failed;
    } finally {
      progress.done();
      removeHandlers();
    }
  }
}
