import type { FeatureHistogram } from '../smoke/pair-sample';
import type { SmokeResult } from '../smoke/smoke-model';
import type { ExtraSection } from './render-summary-html';
import { esc, svgBars } from './svg-bars';
import { HISTOGRAM_LEGEND, svgHistogram } from './svg-histogram';

const f3 = (v: number | null) => (v === null ? '—' : v.toFixed(3));

/** The feature-distribution and smoke-model sections of the report, from the summary's figures. */
export function extraSections(
  histograms: Record<string, FeatureHistogram> | undefined,
  smoke: SmokeResult | null | undefined,
): ExtraSection[] {
  const out: ExtraSection[] = [];
  if (histograms) {
    out.push({
      id: 'features',
      title: 'Feature distributions: positives vs negatives',
      html:
        HISTOGRAM_LEGEND +
        `<div class="grid">${Object.entries(histograms)
          .map(([f, h]) => svgHistogram(f, h))
          .join('')}</div>`,
    });
  }
  if (smoke) {
    const rows = (['valid', 'test'] as const).map(
      (s) =>
        `<tr><td>${s}</td><td>${smoke[s].n}</td><td>${f3(smoke[s].auc)}</td><td>${f3(smoke[s].precision)}</td>` +
        `<td>${f3(smoke[s].recall)}</td><td>${f3(smoke[s].f1)}</td></tr>`,
    );
    const per = Object.entries(smoke.perFeature).sort((a, b) => b[1].testF1 - a[1].testF1);
    out.push({
      id: 'smoke',
      title: 'Smoke baseline model',
      html:
        `<p>Logistic regression on the cached features of ${smoke.trainedOn.toLocaleString('en-US')} train pairs, ` +
        `threshold 0.5. The closer these are to 1, the easier the dataset.</p>` +
        `<table><thead><tr><th>split</th><th>pairs</th><th>AUC</th><th>precision</th><th>recall</th><th>F1</th></tr>` +
        `</thead><tbody>${rows.join('')}</tbody></table>` +
        svgBars(
          'Best single-threshold F1 per feature (threshold chosen on train, scored on test)',
          ['test F1'],
          per.map(([f, v]) => ({ label: f, values: [v.testF1] })),
          (v) => v.toFixed(3),
        ) +
        `<table><thead><tr><th>feature</th><th>threshold</th><th>train F1</th><th>test F1</th><th>test AUC</th></tr>` +
        `</thead><tbody>${per
          .map(
            ([f, v]) =>
              `<tr><td>${esc(f)}</td><td>${f3(v.threshold)}</td><td>${f3(v.trainF1)}</td><td>${f3(v.testF1)}</td>` +
              `<td>${f3(v.testAuc)}</td></tr>`,
          )
          .join('')}</tbody></table>`,
    });
  }
  return out;
}
