#!/usr/bin/env node
// Benchmark of parquet pair files as the main thread writes them: reads the pairs of a written dataset's parquet
// file back (e.g. `pairs/train.parquet` of a generated dataset) into one column batch, then times (CPU) `writeColumns` of that
// batch, `--times` over, into a fresh `createParquetWriter` file (pages encoded, statistics, snappy), and `close`.
// Prints the median CPU ms and the sha256 of the file per variant (equal digests: identical bytes). With
// `--base DIR` (e.g. a checkout of the previous commit's libs/io/src), the same batch is written by that copy too,
// interleaved run by run.
//   node tools/bench/parquet-pages.mjs --file PATH.parquet [--runs 7] [--times 4] [--base DIR]
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { requireSources } from './lib/require-sources.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = requireSources(root);
const { values: args } = parseArgs({
  options: {
    file: { type: 'string' },
    runs: { type: 'string', default: '7' },
    times: { type: 'string', default: '4' },
    base: { type: 'string' },
  },
});
if (!args.file) throw new Error('--file PATH.parquet: a pair file to read back');

const { PAIR_COLUMNS } = require(join(root, 'libs/pairing/src/index.ts'));
const head = require(join(root, 'libs/io/src/index.ts'));

/** The pair file's rows as one column batch of the pair columns' types. */
async function readBatch(path) {
  const rows = [];
  for await (const row of head.readParquet(path)) rows.push(row);
  const columns = {};
  for (const c of PAIR_COLUMNS) {
    const values = rows.map((r) => r[c.name] ?? null);
    if (c.type === 'utf8') columns[c.name] = { type: 'utf8', values };
    else {
      const nulls = Uint8Array.from(values, (v) => (v === null ? 1 : 0));
      const numbers = values.map((v) => (v === null ? 0 : Number(v)));
      columns[c.name] =
        c.type === 'int32'
          ? { type: 'int32', values: Int32Array.from(numbers), nulls }
          : { type: 'double', values: Float64Array.from(numbers), nulls };
    }
  }
  return { length: rows.length, columns };
}

const cpuMs = (since) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};

const batch = await readBatch(resolve(args.file));
const dir = mkdtempSync(join(tmpdir(), 'synth-parquet-bench-'));

/** Writes the batch `--times` over with `io`: CPU ms and the file's digest. */
async function write(io, name) {
  const path = join(dir, `${name}.parquet`);
  const c0 = process.cpuUsage();
  const w = io.createParquetWriter(path, PAIR_COLUMNS);
  for (let t = 0; t < Number(args.times); t++) await w.writeColumns(batch);
  await w.close();
  const ms = cpuMs(c0);
  const digest = createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
  rmSync(path);
  return { ms, digest };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const variants = { head };
if (args.base) variants.base = require(join(resolve(args.base), 'index.ts'));
const times = {};
const result = {};
try {
  for (let run = 0; run < Number(args.runs); run++) {
    const order = run % 2 === 0 ? Object.keys(variants) : Object.keys(variants).reverse();
    for (const name of order) {
      const r = await write(variants[name], name);
      (times[name] ??= []).push(r.ms);
      result[name] = { rows: batch.length * Number(args.times), digest: r.digest };
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
for (const name of Object.keys(times))
  Object.assign(result[name], { cpuMs: Math.round(median(times[name])), min: Math.round(Math.min(...times[name])) });
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
