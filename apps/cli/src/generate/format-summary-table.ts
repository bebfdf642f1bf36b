import { NEGATIVE_KINDS, SOURCES, SPLITS } from '@synth/features';
import type { SynthSummary } from '@synth/pipeline';
import { formatDifficultyLines } from './format-difficulty-lines';

const n = (x: number) => x.toLocaleString('en-US');
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n') + '\n';
}

/** The summary as the plain-text table `synth generate` prints on stdout. */
export function formatSummaryTable(s: SynthSummary): string {
  const out: string[] = [];
  out.push(`synth ${s.versions.package} · seed ${s.seed} · features ${s.versions.featureVersion}\n\n`);
  out.push(
    table(
      ['source', 'records', 'entities', 'duplicates', 'dup rate', 'overlap'],
      SOURCES.map((src) => [
        src,
        n(s.counts[src].records),
        n(s.counts[src].distinctEntities),
        n(s.duplicates[src].count),
        pct(s.duplicates[src].rate),
        pct(s.overlap.perSource[src]),
      ]),
    ),
  );
  out.push(`overlap target ${pct(s.overlap.target)}, achieved overall ${pct(s.overlap.overall)}\n\n`);
  const kinds = NEGATIVE_KINDS;
  out.push(
    table(
      ['split', 'positives', ...kinds, 'neg:pos'],
      SPLITS.map((split) => {
        const p = s.pairs[split];
        return [
          split,
          n(p.positives),
          ...kinds.map((k) => n(p.negatives[k] ?? 0)),
          p.ratio === null ? '—' : p.ratio.toFixed(2),
        ];
      }),
    ),
  );
  const smoke = s.smoke;
  if (smoke) {
    const m = (x: { auc: number | null; f1: number }) =>
      `AUC ${x.auc === null ? '—' : x.auc.toFixed(3)}, F1 ${x.f1.toFixed(3)}`;
    out.push(
      `\nsmoke baseline (logistic regression on the cached features): valid ${m(smoke.valid)}; test ${m(smoke.test)}\n`,
    );
  }
  out.push(formatDifficultyLines(s.difficulty));
  const failed = s.validation.checks.filter((c) => !c.ok);
  const passed = s.validation.checks.length - failed.length;
  out.push(
    `\nvalidation: ${passed}/${s.validation.checks.length} checks passed` +
      `${failed.length ? `; FAILED: ${failed.map((c) => c.name).join(', ')}` : ''}\n`,
  );
  for (const w of s.warnings) out.push(`warning: ${w}\n`);
  out.push(`time: ${(s.timings['total'] / 1000).toFixed(1)} s\n`);
  return out.join('');
}
