import { difficultySection } from './internal/report/difficulty-section';
import { extraSections } from './internal/report/extra-sections';
import { renderSummaryHtml } from './internal/report/render-summary-html';
import type { SynthSummary } from './synth-summary';

/**
 * The summary as one self-contained HTML page (inline CSS and SVG, no script, no network): what
 * `synth_summary.html` holds. Pure: the same summary gives the same page.
 *
 * @example
 * const summary = await generateDataset({ dev: true });
 * writeFileSync('/tmp/report.html', renderReport(summary));
 */
export function renderReport(summary: SynthSummary): string {
  const extra = [...extraSections(summary.featureHistograms, summary.smoke), ...difficultySection(summary.difficulty)];
  return renderSummaryHtml(summary, extra);
}
