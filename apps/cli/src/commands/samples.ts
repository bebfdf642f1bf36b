import path from 'node:path';
import { Command, Option } from 'clipanion';
import { makeSamples } from '@synth/pipeline';
import type { GenerateOptionName } from '@synth/pipeline';
import { readOptions, tableOptions } from '../flags';

const NAMES: GenerateOptionName[] = ['schema', 'pii', 'saltFile'];

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
    examples: [
      ['Refresh samples/', '$0 samples'],
      ['Hashed PII samples', 'SYNTH_PII_SALT=… $0 samples --out /tmp/s --pii hashed'],
    ],
  });

  out = Option.String('--out', 'samples', { description: 'Folder to write (default: samples)' });

  constructor() {
    super();
    Object.assign(this, tableOptions(NAMES));
  }

  override async execute(): Promise<number> {
    const files = await makeSamples(this.out, readOptions(this, NAMES));
    this.context.stdout.write(`wrote ${files.map((f) => path.join(this.out, f)).join(', ')}\n`);
    return 0;
  }
}
