import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, Option, UsageError } from 'clipanion';
import { summarySchema, validateAgainstSchema } from '@synth/validation';
import type { SynthSummary } from '@synth/validation';
import { writeSummaryHtml } from '../generate/write-reports';

/** `synth report`: rebuilds synth_summary.html from an existing synth_summary.json. */
export class ReportCommand extends Command {
  static override paths = [['report']];

  static override usage = Command.Usage({
    description: 'Rebuild the HTML report from an existing summary.',
    details: `
      Reads \`synth_summary.json\` from --report-dir, checks it against the summary's JSON Schema and
      writes \`synth_summary.html\` next to it (atomically). Exit codes: 0 written; 2 missing or malformed summary.
    `,
    examples: [['Rebuild reports/synth_summary.html', '$0 report'], ['Another folder', '$0 report --report-dir /tmp/run/reports']],
  });

  reportDir = Option.String('--report-dir', 'reports', { description: 'Folder holding synth_summary.json (default: reports)' });

  override async execute(): Promise<number> {
    const file = path.join(this.reportDir, 'synth_summary.json');
    let summary: SynthSummary;
    try {
      summary = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      const why = error instanceof SyntaxError ? `is not valid JSON (${error.message})` : `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`;
      throw new UsageError(`${file} ${why}. Run synth generate first, or point --report-dir at its reports folder.`);
    }
    const problems = validateAgainstSchema(summary, summarySchema);
    if (problems.length) throw new UsageError(`${file} is not a synth summary: ${problems.slice(0, 3).join('; ')}`);
    const html = await writeSummaryHtml(this.reportDir, summary);
    this.context.stdout.write(`wrote ${html}\n`);
    return 0;
  }
}
