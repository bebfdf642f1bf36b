import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '@synth/io';
import { summarySchema, validateAgainstSchema } from '@synth/validation';
import { datasetLayout } from './dataset-layout';
import { PipelineError } from './pipeline-error';
import { renderReport } from './render-report';
import type { SynthSummary } from './synth-summary';

/** A parsed JSON value is a summary when `summarySchema` found no problem in it. */
const isSummary = (value: unknown, problems: string[]): value is SynthSummary => problems.length === 0;

/**
 * Rebuilds `synth_summary.html` from the `synth_summary.json` in `reportDir`, after checking it against the
 * summary's JSON Schema; writes it atomically and returns its path. A missing, malformed or foreign summary
 * is an input `PipelineError`.
 *
 * @example
 * await rebuildReport('reports'); // 'reports/synth_summary.html'
 */
export async function rebuildReport(reportDir: string): Promise<string> {
  const { summaryJson, summaryHtml } = datasetLayout({ outdir: '', pairsOut: '', reportDir });
  let summary: unknown;
  try {
    summary = JSON.parse(readFileSync(summaryJson, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    const why = error instanceof SyntaxError ? `is not valid JSON (${error.message})` : `cannot be read (${code})`;
    const fix = 'Run synth generate first, or point reportDir at its reports folder.';
    throw new PipelineError('input', `${summaryJson} ${why}. ${fix}`, { file: summaryJson });
  }
  const problems = validateAgainstSchema(summary, summarySchema);
  if (!isSummary(summary, problems)) {
    throw new PipelineError('input', `${summaryJson} is not a synth summary: ${problems.slice(0, 3).join('; ')}`, {
      file: summaryJson,
    });
  }
  await writeFileAtomic(summaryHtml, renderReport(summary));
  return summaryHtml;
}
