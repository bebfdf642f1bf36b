#!/usr/bin/env node
// Throughput of @synth/features on the built package (no Nx, no ts): raw and pre-normalised
// feature vectors per second, records normalised as the block workers do (normalizePartyKeys, then
// completeParty) per second, and one vector's cost in units of one natural JaroWinklerDistance call.
//
//   npx tsc -p libs/features/tsconfig.lib.json --outDir /tmp/feat-build   # or: nx build features
//   FEATURES_MODULE=/tmp/feat-build/libs/features/src/index.js node tools/bench/features.mjs
//
// Env: FEATURES_MODULE (default dist/libs/features), BENCH_RUNS (5), BENCH_MS (per run, 800),
// BENCH_OUT (reports/bench/features.json). Prints the JSON and writes it.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import os from 'node:os';

const require = createRequire(import.meta.url);
const modulePath = resolve(process.env.FEATURES_MODULE ?? 'dist/libs/features');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const runMs = Number(process.env.BENCH_MS ?? 800);
const out = resolve(process.env.BENCH_OUT ?? 'reports/bench/features.json');

const loadStart = process.hrtime.bigint();
const f = require(modulePath);
const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
const naturalJw = require('natural/lib/natural/distance/jaro-winkler_distance');

// Deterministic data: a small LCG (no Math.random), realistic values with the noise kinds of synth.
let state = 42;
const rand = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const pick = (a) => a[Math.floor(rand() * a.length)];
const FIRST = [
  'Robert',
  'Bob',
  'Margaret',
  'Peggy',
  'Alexander',
  'Alex',
  'William',
  'Bill',
  'Jennifer',
  'Jose',
  'Mary',
  'Michael',
  'Elizabeth',
  'Liz',
  'Christopher',
  'Katherine',
  'Daniel',
  'Sarah',
  'Thomas',
  'Patricia',
];
const LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Garcia',
  "O'Neil",
  'Nguyen',
  'Schmidt',
  'Martinez',
  'Anderson',
  'Thompson',
  'MacDonald',
  'Tremblay',
  'Gagnon',
  'Lee',
  'Wilson',
  'Moore',
  'Taylor',
];
const STREET = ['Main', 'Oak', 'Maple', 'Fifth', 'Washington', 'Lakeview', 'Sunset', 'King', 'Queen', 'Elm'];
const SUFFIX = ['Street', 'St', 'Avenue', 'Ave', 'Boulevard', 'Blvd', 'Drive', 'Dr', 'Road', 'Court'];
const DOMAIN = ['gmail.com', 'googlemail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'example.com'];
const COMPANY = [
  'Acme Motors Inc.',
  'Northside Auto LLC',
  'Smith & Sons',
  'Lakeview Dealer Group',
  'Maple Leaf Cars Ltd',
  '',
];
const digits = (n) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');

function record() {
  const first = pick(FIRST);
  const last = pick(LAST);
  const ca = rand() < 0.3;
  return {
    first_name: first,
    last_name: last,
    email: rand() < 0.9 ? `${first}.${last}${rand() < 0.3 ? '+crm' : ''}@${pick(DOMAIN)}`.replace("'", '') : '',
    phone: rand() < 0.85 ? `(${digits(3)}) ${digits(3)}-${digits(4)}${rand() < 0.1 ? ' x12' : ''}` : '',
    company: pick(COMPANY),
    address:
      `${1 + Math.floor(rand() * 9999)} ${rand() < 0.2 ? 'North ' : ''}${pick(STREET)} ${pick(SUFFIX)}` +
      `${rand() < 0.25 ? ' Apt ' + (1 + Math.floor(rand() * 40)) : ''}`,
    city: 'Springfield',
    state: ca ? 'ON' : 'MA',
    zip: ca ? `K${digits(1)}A ${digits(1)}B${digits(1)}` : digits(5),
    country: ca ? 'CA' : 'US',
  };
}

function variant(r) {
  return {
    ...r,
    first_name: rand() < 0.3 ? r.first_name.toUpperCase() : r.first_name,
    last_name: rand() < 0.2 ? r.last_name.slice(0, -1) : r.last_name,
    email: rand() < 0.2 ? r.email.toLowerCase() : r.email,
    phone: r.phone.replace(/[()]/g, '').replace(/ /g, '.'),
    address: r.address.replace('Street', 'St').replace('Avenue', 'Ave').replace('Apt ', '#'),
  };
}

const N = 4096;
// Round-trip through JSON so the strings are flat, as when they come from a CSV or parquet reader
// (template literals and replace() build rope strings, which no real input would hand us).
const records = JSON.parse(JSON.stringify(Array.from({ length: N }, record)));
const others = JSON.parse(JSON.stringify(records.map((r, i) => (i % 2 === 0 ? variant(r) : pick(records)))));
const normA = records.map(f.normalizeParty);
const normB = others.map(f.normalizeParty);
const namesA = records.map((r) => `${r.first_name} ${r.last_name}`);
const namesB = others.map((r) => `${r.first_name} ${r.last_name}`);

let sink = 0;
function rate(fn) {
  // Warm up, then count whole batches of N until runMs elapsed.
  // Rates are per CPU-second of this process (user + system), so that other processes sharing the
  // machine's cores do not count as our time.
  for (let i = 0; i < N; i++) fn(i);
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const limit = BigInt(runMs) * 1_000_000n;
  let done = 0;
  while (process.hrtime.bigint() - start < limit) {
    for (let i = 0; i < N; i++) fn(i);
    done += N;
  }
  const cpu = process.cpuUsage(cpu0);
  return done / ((cpu.user + cpu.system) / 1e6);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const raw = [];
const normalized = [];
const jw = [];
const keys = [];
// Fresh copies per run, as each block brings new row strings (no string hash cached yet).
const keyRecords = () => JSON.parse(JSON.stringify(records));
for (let r = 0; r < runs; r++) {
  const rs = keyRecords();
  keys.push(
    rate((i) => {
      const party = f.completeParty(rs[i], f.normalizePartyKeys(rs[i]));
      sink += party.fullName.length + party.address.length;
    }),
  );
  raw.push(rate((i) => (sink += f.pairFeatures(records[i], others[i]).name_jw ?? 0)));
  normalized.push(rate((i) => (sink += f.pairFeaturesNormalized(normA[i], normB[i]).name_jw ?? 0)));
  jw.push(rate((i) => (sink += naturalJw(namesA[i], namesB[i]))));
}
const result = {
  featureVersion: f.FEATURE_VERSION,
  features: f.featureNames.length,
  module: modulePath,
  node: process.version,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  runs,
  runMs,
  rates: 'per CPU-second of one core (process.cpuUsage), median of the runs',
  loadAverage1m: Math.round(os.loadavg()[0] * 100) / 100,
  cores: os.cpus().length,
  moduleLoadMs: Math.round(loadMs * 10) / 10,
  rawVectorsPerSec: Math.round(median(raw)),
  normalizedVectorsPerSec: Math.round(median(normalized)),
  keysAndCompletePartiesPerSec: Math.round(median(keys)),
  naturalJaroWinklerCallsPerSec: Math.round(median(jw)),
  rawVectorCostInNaturalJwCalls: Math.round((median(jw) / median(raw)) * 100) / 100,
  normalizedVectorCostInNaturalJwCalls: Math.round((median(jw) / median(normalized)) * 100) / 100,
  samples: {
    raw: raw.map(Math.round),
    normalized: normalized.map(Math.round),
    keysAndComplete: keys.map(Math.round),
    naturalJw: jw.map(Math.round),
  },
  checksum: Math.round(sink) % 1000,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
