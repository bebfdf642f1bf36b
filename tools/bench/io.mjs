#!/usr/bin/env node
/**
 * @synth/io throughput: CSV (13 short columns, like leads.csv) and parquet (pair-file shape: 7 key
 * columns + 12 optional doubles). Median of 3 runs each; peak RSS while writing CSV shows that memory
 * stays flat. Writes reports/bench/io.json.
 *
 *   node tools/bench/io.mjs [--csv-rows 1000000] [--parquet-rows 100000] [--runs 3]
 */
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
require('@swc-node/register');
const io = require(join(root, 'libs/io/src/index.ts'));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const csvRows = arg('csv-rows', 1_000_000);
const parquetRows = arg('parquet-rows', 100_000);
const runs = arg('runs', 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const csvColumns = [
  'id',
  'email',
  'phone',
  'first_name',
  'last_name',
  'company',
  'address',
  'city',
  'state',
  'zip',
  'country',
  'source',
  'created_at',
];
const csvRow = (i) => ({
  id: `L${String(i).padStart(7, '0')}`,
  email: `user${i}@example.com`,
  phone: `(555) ${String(i % 1000).padStart(3, '0')}-${String(i % 10000).padStart(4, '0')}`,
  first_name: 'Alexander',
  last_name: i % 50 === 0 ? "O'Neil, Jr." : 'Smith',
  company: i % 20 === 0 ? 'Acme "Motors"' : 'Acme Motors',
  address: `${i % 9999} Main St`,
  city: 'Springfield',
  state: 'IL',
  zip: String(10000 + (i % 89999)),
  country: 'US',
  source: 'web',
  created_at: '2024-05-01T10:00:00Z',
});

const features = Array.from({ length: 12 }, (_, k) => `f${k}`);
const parquetColumns = [
  { name: 'src_a', type: 'utf8' },
  { name: 'id_a', type: 'utf8' },
  { name: 'src_b', type: 'utf8' },
  { name: 'id_b', type: 'utf8' },
  { name: 'y', type: 'int32' },
  { name: 'pair_kind', type: 'utf8' },
  { name: 'split', type: 'utf8' },
  ...features.map((name) => ({ name, type: 'double', optional: true })),
];
const parquetRow = (i) => {
  const row = {
    src_a: 'leads',
    id_a: `L${i}`,
    src_b: 'sales',
    id_b: `S${i}`,
    y: i % 5 === 0 ? 1 : 0,
    pair_kind: 'neg_random',
    split: 'train',
  };
  for (let k = 0; k < features.length; k++) row[features[k]] = (i + k) % 9 === 0 ? null : ((i * 31 + k) % 1000) / 1000;
  return row;
};

async function timeWrite(make, rows, rowAt, dir) {
  const path = join(dir, `out-${process.hrtime.bigint()}`);
  const baselineRss = process.memoryUsage().rss;
  let peakRss = baselineRss;
  const start = process.hrtime.bigint();
  const w = make(path);
  for (let i = 0; i < rows; i++) {
    const wait = w.write(rowAt(i));
    if (wait) await wait;
    if ((i & 0xffff) === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  await w.close();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const bytes = statSync(path).size;
  rmSync(path);
  return {
    rowsPerSecond: Math.round(rows / seconds),
    seconds,
    bytes,
    baselineRssMb: Math.round(baselineRss / 2 ** 20),
    peakRssMb: Math.round(peakRss / 2 ** 20),
  };
}

async function bench(name, make, rows, rowAt, dir) {
  const results = [];
  for (let r = 0; r < runs; r++) results.push(await timeWrite(make, rows, rowAt, dir));
  const out = {
    rows,
    runs,
    medianRowsPerSecond: median(results.map((x) => x.rowsPerSecond)),
    bytes: results[0].bytes,
    baselineRssMb: results[0].baselineRssMb,
    peakRssMb: Math.max(...results.map((x) => x.peakRssMb)),
    rowsPerSecondByRun: results.map((x) => x.rowsPerSecond),
  };
  process.stderr.write(
    `${name}: ${out.medianRowsPerSecond} rows/s (median of ${runs}), ` +
      `RSS ${out.baselineRssMb} → peak ${out.peakRssMb} MB\n`,
  );
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'synth-io-bench-'));
try {
  const csv = await bench('csv', (p) => io.createCsvWriter(p, csvColumns), csvRows, csvRow, dir);
  const parquet = await bench(
    'parquet',
    (p) => io.createParquetWriter(p, parquetColumns),
    parquetRows,
    parquetRow,
    dir,
  );
  const report = {
    node: process.version,
    date: new Date().toISOString(),
    csv: { columns: csvColumns.length, ...csv },
    parquet: { columns: parquetColumns.length, compression: 'snappy', ...parquet },
  };
  mkdirSync(join(root, 'reports/bench'), { recursive: true });
  writeFileSync(join(root, 'reports/bench/io.json'), JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
