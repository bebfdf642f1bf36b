import { Command, Option } from 'clipanion';
import { resolveGenerateOptions } from '../generate/options';
import { runGenerate } from '../generate/run-generate';

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
      missing salt, unwritable folder) — nothing is written then.
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
        '$0 generate --schema automotive_schemas.json --outdir data/synth --pairs-out data/pairs --n-leads 30000 --n-sales 3000 --n-financial 2100 --dup-rate 0.1 --overlap 0.4 --seed 42 --pii plain --locale US+CA',
      ],
      ['No plain PII in any output (salt from the environment)', 'SYNTH_PII_SALT=… $0 generate --dev --pii hashed'],
      ['A tiny dataset for a smoke test, gates off', '$0 generate --n-leads 100 --n-sales 50 --n-financial 50 --no-gates'],
      ['The summary as JSON on stdout', '$0 generate --dev --json'],
      ['Shard 3 of 16 of a large run (e.g. one Kubernetes indexed job)', '$0 generate --n-leads 10000000 --shard 3/16'],
    ],
  });

  schema = Option.String('--schema', { description: 'Schema file (default: automotive_schemas.json here, else the one shipped with synth)' });
  outdir = Option.String('--outdir', { description: 'Folder for the source CSVs and truth.csv (default: data/synth)' });
  pairsOut = Option.String('--pairs-out', { description: 'Folder for the pair files (default: data/pairs)' });
  reportDir = Option.String('--report-dir', { description: 'Folder for synth_summary.json/.html (default: reports)' });
  nLeads = Option.String('--n-leads', { description: 'Lead records, duplicates included (default: 30000; --dev: 1000)' });
  nSales = Option.String('--n-sales', { description: 'Sales records (default: 3000; --dev: 1000)' });
  nFinancial = Option.String('--n-financial', { description: 'Financial records (default: 2100; --dev: 1000)' });
  dev = Option.Boolean('--dev', false, { description: 'Dev profile: 1000 records per source' });
  dupRate = Option.String('--dup-rate', { description: 'Within-source duplicate share, 0–0.5 (default: 0.1)' });
  dupDist = Option.String('--dup-dist', { description: 'Duplicates per entity: uniform, poisson or zipf (default: zipf)' });
  dupExponent = Option.String('--dup-exponent', { description: 'Zipf exponent, 1.01–5 (default: 2)' });
  dupCap = Option.String('--dup-cap', { description: 'Most duplicates of one entity in one source, 1–50 (default: 5)' });
  overlap = Option.String('--overlap', { description: 'Share of a source’s entities also in another source, 0–1 (default: 0.4)' });
  difficulty = Option.String('--difficulty', {
    description:
      'Preset of noise rates, confusers, shared buildings and contact variation: easy, realistic or hard ' +
      '(default: realistic); explicit flags and --noise-profile rates override it',
  });
  confuserRate = Option.String('--confuser-rate', {
    description: 'Share of entities planted as confusers, 0–0.5 (default: from --difficulty; realistic 0.15)',
  });
  seed = Option.String('--seed', { description: 'Root seed of every random choice (default: 42)' });
  pii = Option.String('--pii', { description: 'plain or hashed (sha256 of salt + value) (default: plain)' });
  saltFile = Option.String('--salt-file', { description: 'File holding the salt for --pii hashed (else $SYNTH_PII_SALT)' });
  locale = Option.String('--locale', { description: 'US, CA or US+CA (default: US+CA)' });
  noiseProfile = Option.String('--noise-profile', {
    description: 'JSON file overriding noise rates (default: the --difficulty preset’s rates)',
  });
  negRatio = Option.String('--neg-ratio', { description: 'Negatives per positive, 3–5 (default: 4)' });
  withinSourceShare = Option.String('--within-source-share', {
    description: 'Target share of positives that are within-source duplicate pairs, 0–0.9 (default: 0.2)',
  });
  splits = Option.String('--splits', { description: 'train/valid/test proportions (default: 70/15/15)' });
  gates = Option.Boolean('--gates', true, { description: 'Enforce the pair gates (≥100 positives, ≥500 hard negatives); --no-gates for tiny runs' });
  json = Option.Boolean('--json', false, { description: 'Print the summary JSON on stdout instead of the table' });
  workers = Option.String('--workers', { description: 'Worker threads rendering blocks, 1–64 (default: the cores available, at most 8)' });
  blockSize = Option.String('--block-size', {
    description: 'Entities per block, a multiple of 1000 (default: 10000); records do not depend on it, pairs are mined within a block',
  });
  shard = Option.String('--shard', {
    description: 'Generate only shard k of n (0-based) into part files, e.g. 3/16; $JOB_COMPLETION_INDEX/16 reads k from the environment',
  });

  override async execute(): Promise<number> {
    const options = resolveGenerateOptions(this);
    return runGenerate(options, { stdout: this.context.stdout, stderr: this.context.stderr });
  }
}
