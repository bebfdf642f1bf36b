import { writeFileAtomic } from '@synth/io';
import type { CommitGroup } from '@synth/io';
import { datasetLayout } from '../dataset-layout';
import { renderReport } from '../render-report';
import type { SynthSummary } from '../synth-summary';

/** Writes `synth_summary.html` (one self-contained page) to `reportDir`, atomically; returns its path. */
export async function writeSummaryHtml(
  reportDir: string,
  summary: SynthSummary,
  suffix = '',
  group?: CommitGroup,
): Promise<string> {
  const html = datasetLayout({ outdir: '', pairsOut: '', reportDir }, suffix).summaryHtml;
  await writeFileAtomic(html, renderReport(summary), { group });
  return html;
}

/**
 * Writes `synth_summary.json` and `synth_summary.html` to `reportDir`, each atomically (renamed when `group`
 * commits, if given). `suffix` names a shard's reports, e.g. `synth_summary.part-00003-of-00016.json`.
 */
export async function writeReports(
  reportDir: string,
  summary: SynthSummary,
  suffix = '',
  group?: CommitGroup,
): Promise<string[]> {
  const json = datasetLayout({ outdir: '', pairsOut: '', reportDir }, suffix).summaryJson;
  await writeFileAtomic(json, JSON.stringify(summary, null, 2) + '\n', { group });
  return [json, await writeSummaryHtml(reportDir, summary, suffix, group)];
}
