import type { FeatureHistogram } from '../smoke/pair-sample';
import { COLORS, esc } from './svg-bars';

/**
 * Overlaid histograms of one feature for positives and negatives, each normalised to its class (share of
 * the class's non-null values per bin), as inline SVG, with the null shares in the caption.
 */
export function svgHistogram(feature: string, h: FeatureHistogram): string {
  const width = 300;
  const height = 130;
  const pad = { left: 30, bottom: 18, top: 6 };
  const plotW = width - pad.left - 6;
  const plotH = height - pad.bottom - pad.top;
  const totalP = h.positive.reduce((a, b) => a + b, 0);
  const totalN = h.negative.reduce((a, b) => a + b, 0);
  const shareP = h.positive.map((c) => (totalP ? c / totalP : 0));
  const shareN = h.negative.map((c) => (totalN ? c / totalN : 0));
  const max = Math.max(1e-9, ...shareP, ...shareN);
  const bins = h.positive.length;
  const bw = plotW / bins;
  const parts: string[] = [];
  const bars = (shares: number[], color: string, cls: string) =>
    shares.forEach((s, i) => {
      const bh = (s / max) * plotH;
      const bx = (pad.left + i * bw).toFixed(1);
      const by = (pad.top + plotH - bh).toFixed(1);
      const range = `${(i / bins).toFixed(2)}–${((i + 1) / bins).toFixed(2)}`;
      parts.push(
        `<rect class="bar ${cls}" x="${bx}" y="${by}" width="${(bw - 1).toFixed(1)}" height="${bh.toFixed(1)}" ` +
          `fill="${color}" fill-opacity="0.55"><title>${cls} ${range}: ${(s * 100).toFixed(1)}%</title></rect>`,
      );
    });
  bars(shareN, COLORS[1], 'negative');
  bars(shareP, COLORS[0], 'positive');
  parts.push(
    `<line x1="${pad.left}" y1="${pad.top + plotH}" x2="${width - 6}" y2="${pad.top + plotH}" stroke="#888"/>`,
  );
  for (const t of [0, 0.5, 1])
    parts.push(`<text x="${pad.left + t * plotW}" y="${height - 4}" font-size="10" text-anchor="middle">${t}</text>`);
  const nullShare = (n: number, total: number) => (n + total ? `${((n / (n + total)) * 100).toFixed(0)}%` : '—');
  const nulls = `null: pos ${nullShare(h.nullPositive, totalP)}, neg ${nullShare(h.nullNegative, totalN)}`;
  const caption = `${feature} <small>(${nulls})</small>`;
  const box = `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`;
  const svg = `<svg role="img" aria-label="${esc(feature)} distribution" ${box}>${parts.join('')}</svg>`;
  return `<figure class="chart hist"><figcaption>${caption}</figcaption>${svg}</figure>`;
}

/** Legend shared by the feature histograms. */
export const HISTOGRAM_LEGEND =
  `<p><span style="color:${COLORS[0]}">■</span> positives (y=1) &nbsp; ` +
  `<span style="color:${COLORS[1]}">■</span> negatives (y=0) — share of each class's non-null values per bin</p>`;
