import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultSchemaPath } from '../generate/options';
import { Command, Option, UsageError } from 'clipanion';
import { loadSchema, SchemaError } from '@synth/schema';
import { validateOutputs } from '../generate/validate-outputs';
import { formatChecks } from '../generate/format-checks';

const FILES = ['leads.csv', 'sales.csv', 'financial.csv', 'truth.csv'];
const PAIR_FILES = ['train.parquet', 'valid.parquet', 'test.parquet'];

/** `synth validate`: every validation check on an existing dataset, with the exit codes of `generate`. */
export class ValidateCommand extends Command {
  static override paths = [['validate']];

  static override usage = Command.Usage({
    description: 'Re-run every validation check on an existing dataset.',
    details: `
      Reads \`leads.csv\`, \`sales.csv\`, \`financial.csv\` and \`truth.csv\` from --outdir and
      \`{train,valid,test}.parquet\` from --pairs-out — for data a user edited or copied — and runs the same
      checks as \`synth generate\`. Prints one line per check.

      Exit codes: 0 every check passed; 1 a check failed (named on stderr); 2 usage or input error
      (missing file, unreadable schema).
    `,
    examples: [
      ['Check the default output folders', '$0 validate'],
      ['Check a copy, PII hashed, gates off', '$0 validate --outdir /tmp/copy/synth --pairs-out /tmp/copy/pairs --pii hashed --no-gates'],
    ],
  });

  schema = Option.String('--schema', defaultSchemaPath(), { description: 'Schema file the dataset was made from (default: automotive_schemas.json here, else the one shipped with synth)' });
  outdir = Option.String('--outdir', 'data/synth', { description: 'Folder of the source CSVs and truth.csv (default: data/synth)' });
  pairsOut = Option.String('--pairs-out', 'data/pairs', { description: 'Folder of the pair parquet files (default: data/pairs)' });
  pii = Option.String('--pii', 'plain', { description: 'plain or hashed: whether PII columns hold sha256 hex (default: plain)' });
  negRatio = Option.String('--neg-ratio', '4', { description: 'Negatives per positive the data was made with, 3–5 (default: 4)' });
  gates = Option.Boolean('--gates', true, { description: 'Enforce the pair gates and balance; --no-gates for tiny datasets' });

  override async execute(): Promise<number> {
    if (this.pii !== 'plain' && this.pii !== 'hashed') throw new UsageError(`--pii must be one of plain, hashed (got "${this.pii}").`);
    const negRatio = Number(this.negRatio);
    if (!Number.isFinite(negRatio) || negRatio < 3 || negRatio > 5) throw new UsageError(`--neg-ratio must be from 3 to 5 (got ${this.negRatio}).`);
    const missing = [...FILES.map((f) => path.join(this.outdir, f)), ...PAIR_FILES.map((f) => path.join(this.pairsOut, f))].filter((f) => !existsSync(f));
    if (missing.length) throw new UsageError(`No dataset to validate: missing ${missing.join(', ')}. Point --outdir and --pairs-out at the folders synth generate wrote.`);
    let schema;
    try {
      schema = loadSchema(this.schema).schema;
    } catch (error) {
      if (error instanceof SchemaError) throw new UsageError(`--schema: ${error.message}`);
      throw error;
    }
    const { report } = await validateOutputs({ schema, outdir: this.outdir, pairsOut: this.pairsOut, gates: this.gates, negRatio, piiHashed: this.pii === 'hashed', seed: 42 });
    this.context.stdout.write(formatChecks(report));
    const failed = report.checks.filter((c) => !c.ok);
    if (failed.length) {
      this.context.stderr.write(`synth: validation failed: ${failed.map((c) => c.name).join(', ')}\n`);
      return 1;
    }
    return 0;
  }
}
