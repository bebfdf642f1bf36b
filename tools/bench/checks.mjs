#!/usr/bin/env node
// Benchmark of a block's folded checks of records, in one thread: renders and noises the first blocks of a plan
// as the pipeline does (each record written to its CSV bytes first, so its strings are read as in a worker), keeps
// the batches a `ReviewBatch` would hand over (256 records), then replays them into `createBlockChecker`'s
// `addRecords` (or `addRecord` of each, where it has no batch method) and `addTruth`, and `createPartProfiler`'s
// `add`, alone and together (together as a block's reviewer does: where the checker tells its id columns' hashes,
// `BlockChecker.idColumn`, the profilers take them instead of hashing the ids again). Prints the median CPU time of
// each (of those calls alone) and a digest of the check
// parts and profile parts (equal digests: identical results). With `--base DIR`, the same replay runs on a second
// copy of the validation sources (e.g. a checkout of the previous commit's libs/validation/src), interleaved run by
// run, for a back-to-back comparison. `--sketched` profiles the columns a 1M run sketches by sketch only.
//   node tools/bench/checks.mjs [--runs 7] [--blocks 3] [--sketched] [--evict KiB] [--only checker,profiler,both]
//     [--base DIR] [--batch 256] [--lines]
// `--batch` sets the records per batch (`REVIEW_BATCH`); `--lines` profiles each batch from its CSV lines
// (`PartProfiler.addCsvLines`, as the pipeline does; `add` where a copy has no such method). A `--base` copy
// outside the repository compiles and runs slower than the sources (up to 40 % in an A/A run here): for a fair
// comparison run the bench of each checkout in its own process, one after the other.
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
    blocks: { type: 'string', default: '3' },
    leads: { type: 'string', default: '200000' },
    sales: { type: 'string', default: '20000' },
    financial: { type: 'string', default: '14000' },
    seed: { type: 'string', default: '42' },
    // Profile the columns a 1M run sketches (more than 200,000 distinct values) by sketch only, as its later blocks.
    sketched: { type: 'boolean', default: false },
    base: { type: 'string' },
    // KiB of memory touched (untimed) before each batch, as the rendering between two batches would: it evicts
    // the checks' tables from the nearer caches.
    evict: { type: 'string', default: '0' },
    only: { type: 'string' },
    // Records per batch, as `REVIEW_BATCH` of the pipeline.
    batch: { type: 'string', default: '256' },
    // Profile each batch from its CSV lines (`PartProfiler.addCsvLines`, where the profiler has it).
    lines: { type: 'boolean', default: false },
  },
});

const { CsvBytes } = require(join(root, 'libs/io/src/index.ts'));
const seed = Number(args.seed);
const counts = { leads: Number(args.leads), sales: Number(args.sales), financial: Number(args.financial) };
const {
  schema,
  columns,
  sources: SOURCES,
  chunksPerBlock,
  TRUTH_COLUMNS,
  forEachRecord,
} = blockRecords(require, root, { seed, counts });
const sketchOnly = { leads: [], sales: [], financial: [] };
if (args.sketched) sketchOnly.leads = ['id', 'email', 'phone', 'address', 'created_at'];

/** The batches of block `block` as a `ReviewBatch` hands them over: `{ rows: per source, truth }`. */
function blockBatches(block) {
  const out = { leads: new CsvBytes(), sales: new CsvBytes(), financial: new CsvBytes(), truth: new CsvBytes() };
  const batches = [];
  let batch = { rows: { leads: [], sales: [], financial: [] }, truth: [] };
  forEachRecord(block * chunksPerBlock, (block + 1) * chunksPerBlock, (source, row, truth) => {
    out.truth.addRow(TRUTH_COLUMNS, truth);
    out[source].addRow(columns[source], row);
    batch.rows[source].push(row);
    batch.truth.push(truth);
    if (batch.truth.length >= Number(args.batch)) {
      batches.push(batch);
      batch = { rows: { leads: [], sales: [], financial: [] }, truth: [] };
    }
  });
  if (batch.truth.length > 0) batches.push(batch);
  return batches;
}

const blocks = [];
for (let b = 0; b < Number(args.blocks); b++) blocks.push(blockBatches(b));
const records = blocks.flat().reduce((n, b) => n + b.truth.length, 0);

const cpuMs = (since) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};

const evictBuffer = new Int32Array(Number(args.evict) * 256);

/**
 * Replays every block into a fresh checker and/or profilers of `validation`: CPU ms of their calls alone, and the
 * results' digest. Before each batch, its rows are written to CSV bytes again (untimed), so that they are as warm in
 * the cache as in a worker, where each record is checked a few hundred records after it is written.
 */
function replay(validation, mode) {
  const hash = createHash('sha256');
  let ms = 0;
  blocks.forEach((batches, block) => {
    let c0 = process.cpuUsage();
    const checker =
      mode !== 'profiler' ? validation.createBlockChecker({ schema, columns, block, piiHashed: false }) : null;
    const profilers = {};
    const idColumn = (s) => (checker?.idColumn ? checker.idColumn(s) : undefined);
    if (mode !== 'checker')
      for (const s of SOURCES) {
        const id = idColumn(s)?.column;
        const preHashed = id === undefined ? [] : [id];
        profilers[s] = validation.createPartProfiler(columns[s], { sketchOnly: sketchOnly[s], preHashed });
      }
    ms += cpuMs(c0);
    for (const { rows, truth } of batches) {
      const scratch = new CsvBytes();
      const starts = {};
      for (const s of SOURCES) {
        starts[s] = [];
        for (const row of rows[s]) {
          starts[s].push(scratch.byteLength);
          scratch.addRow(columns[s], row);
        }
      }
      for (let i = 0; i < evictBuffer.length; i += 16) evictBuffer[i]++;
      c0 = process.cpuUsage();
      for (const s of SOURCES) {
        if (checker?.addRecords) checker.addRecords(s, rows[s]);
        else if (checker) for (const row of rows[s]) checker.addRecord(s, row);
        if (mode === 'checker') continue;
        if (args.lines && profilers[s].addCsvLines) profilers[s].addCsvLines(rows[s], scratch.view(), starts[s]);
        else profilers[s].add(rows[s]);
      }
      if (checker) for (const row of truth) checker.addTruth(row);
      ms += cpuMs(c0);
    }
    c0 = process.cpuUsage();
    const checks = checker?.finish();
    const parts = [];
    if (mode !== 'checker')
      for (const s of SOURCES) {
        const ids = idColumn(s);
        if (ids) profilers[s].addHashes(ids.column, ids.hashes, ids.nulls);
        parts.push(profilers[s].finish());
      }
    ms += cpuMs(c0);
    if (checks) {
      const views = [];
      hash.update(JSON.stringify(checks, (_, v) => (ArrayBuffer.isView(v) ? views.push(v) : v)));
      for (const v of views) hash.update(v);
    }
    for (const part of parts) {
      hash.update(JSON.stringify([part.rows, part.nulls]));
      for (const h of part.hashes) hash.update(h);
      for (const k of part.sketches ?? []) if (k) hash.update(k);
    }
  });
  return { ms, digest: hash.digest('hex').slice(0, 16) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const variants = { head: require(join(root, 'libs/validation/src/index.ts')) };
if (args.base) variants.base = require(join(resolve(args.base), 'index.ts'));
const modes = args.only ? args.only.split(',') : ['checker', 'profiler', 'both'];
const times = {};
const digests = {};
for (let run = 0; run < Number(args.runs); run++) {
  for (const mode of modes) {
    for (const [name, validation] of Object.entries(variants)) {
      const r = replay(validation, mode);
      (times[`${name} ${mode}`] ??= []).push(r.ms);
      digests[`${name} ${mode}`] = r.digest;
    }
  }
}
const result = { records };
for (const key of Object.keys(times))
  result[key] = {
    cpuMs: Math.round(median(times[key])),
    min: Math.round(Math.min(...times[key])),
    digest: digests[key],
  };
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
