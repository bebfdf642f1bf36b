import { Command } from 'clipanion';
import { rebuildReport } from '@synth/pipeline';
import type { GenerateOptionName } from '@synth/pipeline';
import { readOptions, tableOptions } from '../flags';

const NAMES: GenerateOptionName[] = ['reportDir'];

/** `synth report`: rebuilds synth_summary.html from an existing synth_summary.json. */
export class ReportCommand extends Command {
  static override paths = [['report']];

  static override usage = Command.Usage({
    description: 'Rebuild the HTML report from an existing summary.',
    details: `
      Reads \`synth_summary.json\` from --report-dir, checks it against the summary's JSON Schema and
      writes \`synth_summary.html\` next to it (atomically). Exit codes: 0 written; 2 missing or malformed summary.
    `,
    examples: [
      ['Rebuild reports/synth_summary.html', '$0 report'],
      ['Another folder', '$0 report --report-dir /tmp/run/reports'],
    ],
  });

  constructor() {
    super();
    Object.assign(this, tableOptions(NAMES));
  }

  override async execute(): Promise<number> {
    const { reportDir = 'reports' } = readOptions(this, NAMES);
    this.context.stdout.write(`wrote ${await rebuildReport(reportDir)}\n`);
    return 0;
  }
}
