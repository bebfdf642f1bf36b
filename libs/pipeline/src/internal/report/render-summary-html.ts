import { NEGATIVE_KINDS as NEG_KINDS, SOURCES, SPLITS } from '@synth/features';
import type { SynthSummary } from '../../synth-summary';
import { esc, svgBars } from './svg-bars';

const int = (v: number) => Math.round(v).toLocaleString('en-US');
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

function table(head: string[], rows: string[][]): string {
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function membershipChart(membership: Record<string, number>): string {
  const groups = Object.entries(membership).map(([label, v]) => ({ label, values: [v] }));
  return svgBars('Entities per membership pattern (which sources an entity appears in)', ['entities'], groups, int);
}

/** Parts of the page's style sheet, kept out of the template to hold its lines at 120 columns. */
const BODY_FONT = 'font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif';
const CELL_STYLE = 'td,th{border:1px solid #ddd;padding:3px 8px;text-align:right}';
const PRE_STYLE = 'pre{background:#f6f6f6;padding:8px;overflow:auto;font-size:12px}';

/** Extra sections (e.g. feature distributions, the smoke model) rendered by the caller. */
export type ExtraSection = { id: string; title: string; html: string };

/**
 * The summary as one self-contained HTML page (inline CSS and SVG, no script, no network): records and
 * entities per source, duplicates per entity, overlap, noise configured vs realised, pairs per split and
 * kind, validation checks, warnings, parameters and seed.
 */
export function renderSummaryHtml(s: SynthSummary, extra: ExtraSection[] = []): string {
  const sections: ExtraSection[] = [];
  sections.push({
    id: 'sources',
    title: 'Records and entities per source',
    html: svgBars(
      'Records and distinct entities',
      ['records', 'distinct entities'],
      SOURCES.map((src) => ({ label: src, values: [s.counts[src].records, s.counts[src].distinctEntities] })),
      int,
    ),
  });
  const maxK = Math.max(...SOURCES.map((src) => Object.keys(s.duplicates[src].perEntityHistogram).length));
  sections.push({
    id: 'duplicates',
    title: 'Duplicates per entity',
    html:
      svgBars(
        'Entities by number of within-source duplicates',
        [...SOURCES],
        Array.from({ length: maxK }, (_, k) => ({
          label: `${k} duplicate${k === 1 ? '' : 's'}`,
          values: SOURCES.map((src) => s.duplicates[src].perEntityHistogram[String(k)] ?? 0),
        })),
        int,
      ) +
      table(
        ['source', 'duplicates', 'rate'],
        SOURCES.map((src) => [src, int(s.duplicates[src].count), pct(s.duplicates[src].rate)]),
      ),
  });
  sections.push({
    id: 'overlap',
    title: 'Overlap between sources',
    html:
      svgBars(
        `Share of each source's entities also in another source (target ${pct(s.overlap.target)})`,
        ['achieved', 'target'],
        SOURCES.map((src) => ({ label: src, values: [s.overlap.perSource[src], s.overlap.target] })),
        pct,
      ) + membershipChart(s.overlap.membership),
  });
  const noise = Object.entries(s.noise);
  sections.push({
    id: 'noise',
    title: 'Noise: configured vs realised',
    html:
      svgBars(
        'Rate per opportunity',
        ['configured', 'realised'],
        noise.map(([name, v]) => ({ label: name, values: [v.configured, v.realised ?? 0] })),
        (v) => v.toFixed(3),
      ) +
      table(
        ['strategy', 'configured', 'opportunities', 'applications', 'realised'],
        noise.map(([name, v]) => [
          esc(name),
          v.configured.toFixed(3),
          int(v.opportunities),
          int(v.applications),
          v.realised === null ? '—' : v.realised.toFixed(3),
        ]),
      ),
  });
  sections.push({
    id: 'pairs',
    title: 'Pairs per split and kind',
    html:
      svgBars(
        'Pairs',
        ['positives', ...NEG_KINDS],
        SPLITS.map((split) => ({
          label: split,
          values: [s.pairs[split].positives, ...NEG_KINDS.map((k) => s.pairs[split].negatives[k] ?? 0)],
        })),
        int,
      ) +
      table(
        ['split', 'positives', ...NEG_KINDS, 'neg:pos'],
        SPLITS.map((split) => [
          split,
          int(s.pairs[split].positives),
          ...NEG_KINDS.map((k) => int(s.pairs[split].negatives[k] ?? 0)),
          s.pairs[split].ratio === null ? '—' : s.pairs[split].ratio.toFixed(2),
        ]),
      ),
  });
  sections.push(...extra);
  sections.push({
    id: 'validation',
    title: 'Validation checks',
    html: table(
      ['check', 'where', 'result', 'checked', 'failed', 'examples'],
      s.validation.checks.map((c) => [
        esc(c.name),
        esc(c.where ?? 're-read'),
        c.ok ? '<span class="ok">pass</span>' : '<span class="fail">FAIL</span>',
        int(c.checked),
        int(c.failed),
        esc(
          c.examples.join('; ') || (c.detail && 'skipped' in c.detail ? `skipped: ${String(c.detail['skipped'])}` : ''),
        ),
      ]),
    ),
  });
  sections.push({
    id: 'warnings',
    title: 'Warnings',
    html: s.warnings.length ? `<ul>${s.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` : '<p>None.</p>',
  });
  const runParams = { seed: s.seed, params: s.params, versions: s.versions, timings: s.timings };
  sections.push({
    id: 'params',
    title: 'Parameters and versions',
    html: `<pre>${esc(JSON.stringify(runParams, null, 2))}</pre>`,
  });
  const status = s.validation.ok
    ? '<span class="ok">all checks passed</span>'
    : '<span class="fail">validation failed</span>';
  const versionLine = `synth ${esc(s.versions.package)} · features ${esc(s.versions.featureVersion)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>synth summary · seed ${s.seed}</title>
<style>
body{${BODY_FONT};margin:0 auto;max-width:1100px;padding:16px 24px;color:#1d1d1f}
h1{font-size:22px;margin:8px 0}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
nav a{margin-right:12px}table{border-collapse:collapse;margin:8px 0}${CELL_STYLE}
td:first-child,th:first-child{text-align:left}figure{margin:8px 0}figcaption{font-weight:600;margin-bottom:4px}
.ok{color:#1e7d3a;font-weight:600}.fail{color:#b3261e;font-weight:700}${PRE_STYLE}
.grid{display:flex;flex-wrap:wrap;gap:8px 24px}
</style></head><body>
<h1>synth summary</h1>
<p>seed <b>${s.seed}</b> · ${versionLine} · ${status}</p>
<nav>${sections.map((x) => `<a href="#${x.id}">${esc(x.title)}</a>`).join('')}</nav>
${sections.map((x) => `<section id="${x.id}"><h2>${esc(x.title)}</h2>${x.html}</section>`).join('\n')}
</body></html>
`;
}
