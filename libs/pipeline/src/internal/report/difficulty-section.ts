import type { DifficultySummary } from '@synth/validation';
import type { ExtraSection } from './render-summary-html';
import { esc, svgBars } from './svg-bars';

const f3 = (v: number | null) => (v === null ? '—' : v.toFixed(3));
const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const int = (v: number) => v.toLocaleString('en-US');
const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const table = (head: string[], rows: string[]) =>
  `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>` +
  `<tbody>${rows.join('')}</tbody></table>`;

function modelTable(d: DifficultySummary): string {
  const { linearity: lin, randomForest: rf } = d;
  const forest = rf
    ? `${rf.trees} trees, depth ≤ ${rf.maxDepth}, ${int(rf.trainedOn)} train pairs, seed ${rf.seed}`
    : '';
  return table(
    ['measure', 'test F1', 'note'],
    [
      row([
        'linearity: best single-feature threshold',
        f3(lin ? lin.testF1 : null),
        lin ? `${esc(lin.feature)} ≥ ${f3(lin.threshold)} (threshold chosen on train)` : '',
      ]),
      row(['logistic regression', f3(d.logisticF1), 'the smoke baseline, threshold 0.5']),
      row(['random forest (ml-random-forest)', f3(rf ? rf.f1 : null), forest]),
      row([
        'non-linear gap (forest − logistic)',
        d.nonLinearGap === null ? '—' : d.nonLinearGap.toFixed(3),
        'above 0: structure a linear model misses',
      ]),
    ],
  );
}

function errorsByKind(d: DifficultySummary): string {
  const kinds = d.randomForest ? Object.entries(d.randomForest.errorByKind) : [];
  if (!kinds.length) return '';
  const bars = kinds.map(([k, e]) => ({ label: k, values: [e.rate] }));
  return (
    svgBars('Random forest error rate per pair kind (test sample)', ['error rate'], bars, pct) +
    table(
      ['pair kind', 'test pairs', 'errors', 'error rate'],
      kinds.map(([k, e]) => row([esc(k), int(e.pairs), int(e.errors), pct(e.rate)])),
    )
  );
}

function rateTable(d: DifficultySummary): string {
  const positives = `${int(d.positives)} positives`;
  return table(
    ['rate', 'value', 'count', 'of'],
    [
      row([
        'name-only positives (no email local part, phone or house number + postal prefix in common)',
        pct(d.nameOnlyPositiveShare),
        int(d.nameOnlyPositives),
        positives,
      ]),
      row([
        'name variation (names differ after lowercasing)',
        pct(d.nameVariationRate),
        int(d.nameVariationPositives),
        positives,
      ]),
      row([
        'homonymy (entities sharing first and last name with another)',
        pct(d.homonymyRate),
        int(d.homonymousEntities),
        `${int(d.entities)} entities`,
      ]),
    ],
  );
}

/**
 * The report's "Difficulty" section (none for a summary without `difficulty`): the model figures and the
 * non-linear gap, the random forest's error per pair kind on test (chart and table), and the exact name-only,
 * name-variation and homonymy rates with their counts.
 *
 * @example
 * renderSummaryHtml(summary, [...extraSections(h, smoke), ...difficultySection(summary.difficulty)]);
 */
export function difficultySection(d: DifficultySummary | undefined): ExtraSection[] {
  if (!d) return [];
  const intro =
    '<p>How hard the pairs are, after Papadakis et al. (ICDE 2024). Models: a threshold, logistic regression and ' +
    'a random forest on the cached features of the smoke sample (trained on train, scored on test). ' +
    'Rates: exact, over every pair and entity of the run.</p>';
  return [{ id: 'difficulty', title: 'Difficulty', html: intro + modelTable(d) + errorsByKind(d) + rateTable(d) }];
}
