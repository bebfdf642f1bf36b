#!/usr/bin/env node
// Benchmark of CSV row text as a worker writes it: renders and noises the first blocks of a plan as processBlock
// does, then times (CPU) writing each record's row and truth row into `CsvBytes` with `addRow`. Every run renders
// its records afresh (untimed), so that the writer is the first to read their strings, as in a worker (a string
// made by concatenation is flattened by its first read). Prints the median CPU ms and a digest of the bytes per
// variant (equal digests: identical bytes). With `--base DIR` (e.g. a checkout of the previous commit's
// libs/io/src), the same rows are written by that copy's `CsvBytes` too, interleaved run by run.
//   node tools/bench/csv-rows.mjs [--runs 7] [--blocks 2] [--base DIR]
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { blockRecords } from './lib/block-records.mjs';
import { requireSources } from './lib/require-sources.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = requireSources(root);
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    blocks: { type: 'string', default: '2' },
    seed: { type: 'string', default: '42' },
    base: { type: 'string' },
  },
});

const seed = Number(args.seed);
const counts = { leads: 200_000, sales: 20_000, financial: 14_000 };
const {
  columns,
  sources: SOURCES,
  chunksPerBlock,
  TRUTH_COLUMNS,
  forEachRecord,
} = blockRecords(require, root, {
  seed,
  counts,
});

/** The records of the first blocks as processBlock makes them: `{ source, row, truth }` each, in order. */
function render() {
  const records = [];
  forEachRecord(0, Number(args.blocks) * chunksPerBlock, (source, row, truth) => records.push({ source, row, truth }));
  return records;
}

const cpuMs = (since) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};

/** Writes every record's row and truth row as processBlock does: CPU ms, bytes and the bytes' digest. */
function write(io, records) {
  const out = { leads: new io.CsvBytes(), sales: new io.CsvBytes(), financial: new io.CsvBytes() };
  const truth = new io.CsvBytes();
  const c0 = process.cpuUsage();
  for (const r of records) {
    truth.addRow(TRUTH_COLUMNS, r.truth);
    out[r.source].addRow(columns[r.source], r.row);
  }
  const parts = [truth.bytes(), ...SOURCES.map((s) => out[s].bytes())];
  const ms = cpuMs(c0);
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p);
  return { ms, bytes: parts.reduce((n, p) => n + p.length, 0), digest: hash.digest('hex').slice(0, 16) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const variants = { head: require(join(root, 'libs/io/src/index.ts')) };
if (args.base) variants.base = require(join(resolve(args.base), 'index.ts'));
const times = {};
const result = {};
for (let run = 0; run < Number(args.runs); run++) {
  // Alternates which variant goes first, so that neither always meets the other's garbage.
  const order = run % 2 === 0 ? Object.keys(variants) : Object.keys(variants).reverse();
  for (const name of order) {
    const records = render();
    const r = write(variants[name], records);
    (times[name] ??= []).push(r.ms);
    result[name] = { records: records.length, bytes: r.bytes, digest: r.digest };
  }
}
for (const name of Object.keys(times))
  Object.assign(result[name], { cpuMs: Math.round(median(times[name])), min: Math.round(Math.min(...times[name])) });
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
