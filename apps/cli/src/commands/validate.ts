import { Command } from 'clipanion';
import { validateDataset } from '@synth/pipeline';
import type { GenerateOptionName } from '@synth/pipeline';
import { readOptions, tableOptions } from '../flags';
import { formatChecks } from '../generate/format-checks';
import { EXIT } from '../exit-codes';

/** The options of `validateDataset`, each a flag as in `synth generate`. */
const NAMES: GenerateOptionName[] = ['schema', 'outdir', 'pairsOut', 'pii', 'negRatio', 'gates'];

/** `synth validate`: every validation check on an existing dataset, with the exit codes of `generate`. */
export class ValidateCommand extends Command {
  static override paths = [['validate']];

  static override usage = Command.Usage({
    description: 'Re-run every validation check on an existing dataset.',
    details: `
      Reads \`leads.csv\`, \`sales.csv\`, \`financial.csv\` and \`truth.csv\` from --outdir and
      \`{train,valid,test}.parquet\` from --pairs-out — for data a user edited or copied — and runs the same
      checks as \`synth generate\`. Prints one line per check. Give --pii and --neg-ratio as the data was made.

      Exit codes: 0 every check passed; 1 a check failed (named on stderr); 2 usage or input error
      (missing file, unreadable schema).
    `,
    examples: [
      ['Check the default output folders', '$0 validate'],
      [
        'Check a copy, PII hashed, gates off',
        '$0 validate --outdir /tmp/copy/synth --pairs-out /tmp/copy/pairs --pii hashed --no-gates',
      ],
    ],
  });

  constructor() {
    super();
    Object.assign(this, tableOptions(NAMES));
  }

  override async execute(): Promise<number> {
    const report = await validateDataset(readOptions(this, NAMES));
    this.context.stdout.write(formatChecks(report));
    const failed = report.checks.filter((c) => !c.ok);
    if (failed.length === 0) return EXIT.ok;
    this.context.stderr.write(`synth: validation failed: ${failed.map((c) => c.name).join(', ')}\n`);
    return EXIT.failed;
  }
}
