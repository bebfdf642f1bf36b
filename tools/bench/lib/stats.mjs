// Small pure helpers of the benchmark harness (tools/bench/run.mjs): order statistics, parsers of
// `/usr/bin/time -v` and /proc/cpuinfo output, and a markdown table. Tested by stats.test.mjs (node:test).

/** Median of numbers (mean of the two middle values for an even count); null for an empty list. */
export function median(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** `{ median, min, max, n }` of the finite numbers in `xs` (nulls when there are none). */
export function summarize(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return {
    median: median(v),
    min: v.length ? Math.min(...v) : null,
    max: v.length ? Math.max(...v) : null,
    n: v.length,
  };
}

/**
 * Fields of GNU `/usr/bin/time -v` output: peak RSS in bytes, user/system CPU seconds, CPU share, exit status.
 * Fields it cannot find are null.
 */
export function parseTimeVerbose(text) {
  const num = (re) => {
    const m = re.exec(text);
    return m ? Number(m[1]) : null;
  };
  const rssKb = num(/Maximum resident set size \(kbytes\):\s*(\d+)/);
  return {
    maxRssBytes: rssKb === null ? null : rssKb * 1024,
    userSeconds: num(/User time \(seconds\):\s*([\d.]+)/),
    systemSeconds: num(/System time \(seconds\):\s*([\d.]+)/),
    cpuPercent: num(/Percent of CPU this job got:\s*(\d+)%/),
    exitStatus: num(/Exit status:\s*(\d+)/),
  };
}

/** Text of stderr without the `/usr/bin/time -v` block (so the program's own messages can be shown). */
export function stripTimeVerbose(text) {
  const at = text.indexOf('\tCommand being timed:');
  return at < 0 ? text : text.slice(0, at);
}

/** The CPU model name of the first processor in /proc/cpuinfo text, or null. */
export function parseCpuModel(cpuinfo) {
  const m = /^model name\s*:\s*(.+)$/m.exec(cpuinfo);
  return m ? m[1].trim() : null;
}

/** A GitHub markdown table from a header row and rows of cells (cells are stringified; `|` escaped). */
export function markdownTable(header, rows) {
  const cell = (c) => String(c ?? '—').replace(/\|/g, '\\|');
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Integer with thousands separators (`1,170,000`); '—' for null. */
export function fmtInt(x) {
  return x === null || x === undefined ? '—' : Math.round(x).toLocaleString('en-US');
}

/** Number with `digits` decimals; '—' for null. */
export function fmtFixed(x, digits) {
  return x === null || x === undefined ? '—' : x.toFixed(digits);
}

/** The key with the largest value of a `{ stage: ms }` object, ignoring `total`; null when empty. */
export function largestStage(timings) {
  let best = null;
  for (const [k, v] of Object.entries(timings ?? {})) {
    if (k === 'total' || typeof v !== 'number') continue;
    if (best === null || v > timings[best]) best = k;
  }
  return best;
}

/**
 * Totals of a gc-probe.cjs file (`<threadId> <collections> <pause ms so far>` lines, cumulative per thread):
 * `{ ms, collections, threads }` summed over the threads' last lines; null for an empty file.
 */
export function parseGcProbe(text) {
  const last = new Map();
  for (const line of text.split('\n')) {
    const [thread, collections, ms] = line.trim().split(/\s+/).map(Number);
    if (line.trim() === '' || ![thread, collections, ms].every(Number.isFinite)) continue;
    last.set(thread, { collections, ms });
  }
  if (last.size === 0) return null;
  let ms = 0;
  let collections = 0;
  for (const t of last.values()) {
    ms += t.ms;
    collections += t.collections;
  }
  return { ms: Math.round(ms), collections, threads: last.size };
}
