import path from 'node:path';
import { writeFileAtomic } from '@synth/io';
import type { SynthSummary } from '@synth/validation';
import { renderSummaryHtml } from '../report/render-summary-html';
import { extraSections } from '../report/extra-sections';
import type { FeatureHistogram } from '../smoke/pair-sample';
import type { SmokeResult } from '../smoke/smoke-model';

/** Writes `synth_summary.json` and `synth_summary.html` to `reportDir`, each atomically. */
export async function writeReports(reportDir: string, summary: SynthSummary): Promise<string[]> {
  const json = path.join(reportDir, 'synth_summary.json');
  const html = path.join(reportDir, 'synth_summary.html');
  await writeFileAtomic(json, JSON.stringify(summary, null, 2) + '\n');
  await writeFileAtomic(html, renderSummaryHtml(summary, extraSections(summary['featureHistograms'] as Record<string, FeatureHistogram> | undefined, summary['smoke'] as SmokeResult | null | undefined)));
  return [json, html];
}
