/** One group of bars: a label and one value per series. */
export interface BarGroup {
  label: string;
  values: number[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const COLORS = ['#2f6db5', '#e07b39', '#3a9a5b', '#b5452f', '#7a5bb5', '#8c8c8c'];

/**
 * A horizontal grouped bar chart as inline SVG (no script, no network): one row per group, one bar per
 * series, value labels at the bar ends, a legend when there is more than one series.
 */
export function svgBars(
  title: string,
  series: string[],
  groups: BarGroup[],
  format: (v: number) => string = String,
): string {
  const barH = 14;
  const gap = 8;
  // Room for the longest label (≈ 6.6 px per character at 12 px), at least 120 px.
  const labelW = Math.max(120, Math.ceil(Math.max(0, ...groups.map((g) => g.label.length)) * 6.6) + 12);
  const width = labelW + 470;
  const plotW = width - labelW - 70;
  const max = Math.max(1e-12, ...groups.flatMap((g) => g.values.filter(Number.isFinite)));
  const legendH = series.length > 1 ? 22 : 0;
  const groupH = series.length * barH + gap;
  const height = legendH + groups.length * groupH + 8;
  const parts: string[] = [];
  series.forEach((s, i) => {
    if (series.length < 2) return;
    parts.push(`<rect x="${labelW + i * 130}" y="4" width="12" height="12" fill="${COLORS[i % COLORS.length]}"/>`);
    parts.push(`<text x="${labelW + i * 130 + 16}" y="14" font-size="12">${esc(s)}</text>`);
  });
  groups.forEach((g, gi) => {
    const y0 = legendH + gi * groupH;
    parts.push(
      `<text x="${labelW - 6}" y="${y0 + (series.length * barH) / 2 + 4}" font-size="12" text-anchor="end">` +
        `${esc(g.label)}</text>`,
    );
    g.values.forEach((v, si) => {
      const w = Number.isFinite(v) ? Math.max(v > 0 ? 1 : 0, (v / max) * plotW) : 0;
      const y = y0 + si * barH;
      const fill = COLORS[si % COLORS.length];
      const tip = esc(`${g.label} · ${series[si]}: ${format(v)}`);
      parts.push(
        `<rect class="bar" x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="${barH - 2}" fill="${fill}">` +
          `<title>${tip}</title></rect>`,
      );
      parts.push(`<text x="${labelW + w + 4}" y="${y + barH - 4}" font-size="11">${esc(format(v))}</text>`);
    });
  });
  const box = `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`;
  const svg = `<svg role="img" aria-label="${esc(title)}" ${box}>${parts.join('')}</svg>`;
  return `<figure class="chart"><figcaption>${esc(title)}</figcaption>${svg}</figure>`;
}

export { esc };
