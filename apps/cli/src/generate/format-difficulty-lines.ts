import type { DifficultySummary } from '@synth/validation';

const f3 = (v: number | null) => (v === null ? '—' : v.toFixed(3));
const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const n = (v: number) => v.toLocaleString('en-US');

/**
 * The difficulty lines of the stdout table: the model F1s and the non-linear gap, the exact rates with their
 * counts, and the forest's error per pair kind on test. `''` for a summary without `difficulty`.
 *
 * @example
 * formatDifficultyLines(summary.difficulty);
 * // "\ndifficulty: best single feature email_local_jw F1 0.812; logistic regression F1 0.834; …"
 */
export function formatDifficultyLines(d: DifficultySummary | undefined): string {
  if (!d) return '';
  const rf = d.randomForest;
  const gap = d.nonLinearGap === null ? '—' : `${d.nonLinearGap >= 0 ? '+' : ''}${d.nonLinearGap.toFixed(3)}`;
  const best = d.linearity ? `${d.linearity.feature} F1 ${f3(d.linearity.testF1)}` : '—';
  const lines = [
    `\ndifficulty: best single feature ${best}; ` +
      `logistic regression F1 ${f3(d.logisticF1)}; random forest F1 ${f3(rf ? rf.f1 : null)}; non-linear gap ${gap}`,
    `  name-only positives ${pct(d.nameOnlyPositiveShare)} (${n(d.nameOnlyPositives)} of ${n(d.positives)}); ` +
      `name variation ${pct(d.nameVariationRate)} of positives; ` +
      `homonymy ${pct(d.homonymyRate)} (${n(d.homonymousEntities)} of ${n(d.entities)} entities)`,
  ];
  if (rf) {
    const kinds = Object.entries(rf.errorByKind).map(([kind, e]) => `${kind} ${pct(e.rate)}`);
    lines.push(`  random forest error per pair kind (test): ${kinds.join(', ')}`);
  }
  return lines.join('\n') + '\n';
}
