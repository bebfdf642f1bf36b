import path from 'node:path';
import { writeFileAtomic } from '@synth/io';
import type { CommitGroup } from '@synth/io';
import type { SynthSummary } from '@synth/validation';
import { renderSummaryHtml } from '../report/render-summary-html';
import { extraSections } from '../report/extra-sections';
import { difficultySection } from '../report/difficulty-section';
import type { FeatureHistogram } from '../smoke/pair-sample';
import type { SmokeResult } from '../smoke/smoke-model';

/** Writes `synth_summary.html` (one self-contained page) to `reportDir`, atomically; returns its path. */
export async function writeSummaryHtml(reportDir: string, summary: SynthSummary, suffix = '', group?: CommitGroup): Promise<string> {
  const html = path.join(reportDir, `synth_summary${suffix}.html`);
  const extra = extraSections(summary['featureHistograms'] as Record<string, FeatureHistogram> | undefined, summary['smoke'] as SmokeResult | null | undefined);
  extra.push(...difficultySection(summary.difficulty));
  await writeFileAtomic(html, renderSummaryHtml(summary, extra), { group });
  return html;
}

/** Writes `synth_summary.json` and `synth_summary.html` to `reportDir`, each atomically (renamed when `group` commits, if given). */
/** `suffix` names a shard's reports, e.g. `synth_summary.part-00003-of-00016.json`. */
export async function writeReports(reportDir: string, summary: SynthSummary, suffix = '', group?: CommitGroup): Promise<string[]> {
  const json = path.join(reportDir, `synth_summary${suffix}.json`);
  await writeFileAtomic(json, JSON.stringify(summary, null, 2) + '\n', { group });
  return [json, await writeSummaryHtml(reportDir, summary, suffix, group)];
}
