import { defaultSchemaPath } from '../generate/options';
import { Command, Option } from 'clipanion';
import { ensureWritableDir } from '../generate/load-inputs';
import { makeSamples } from '../samples/make-samples';

/** `synth samples`: regenerates the committed `samples/` folder from a fixed seed. */
export class SamplesCommand extends Command {
  static override paths = [['samples']];

  static override usage = Command.Usage({
    description: 'Regenerate the small committed samples (15 rows per source, 3 pairs per kind) from seed 42.',
    details: `
      Runs the dev profile at seed 42 in a temporary folder and writes \`leads.csv\`, \`sales.csv\`,
      \`financial.csv\`, \`truth.csv\` and \`pairs.csv\` to --out. A test fails when the committed samples
      are stale. Exit codes as for generate.
    `,
    examples: [['Refresh samples/', '$0 samples'], ['Hashed PII samples', 'SYNTH_PII_SALT=… $0 samples --out /tmp/s --pii hashed']],
  });

  out = Option.String('--out', 'samples', { description: 'Folder to write (default: samples)' });
  schema = Option.String('--schema', defaultSchemaPath(), { description: 'Schema file (default: automotive_schemas.json here, else the one shipped with synth)' });
  pii = Option.String('--pii', { description: 'plain or hashed (default: plain)' });
  saltFile = Option.String('--salt-file', { description: 'Salt file for --pii hashed (else $SYNTH_PII_SALT)' });

  override async execute(): Promise<number> {
    ensureWritableDir('--out', this.out);
    const files = await makeSamples(this.out, { schema: this.schema, pii: this.pii, saltFile: this.saltFile });
    this.context.stdout.write(`wrote ${files.map((f) => `${this.out}/${f}`).join(', ')}\n`);
    return 0;
  }
}
