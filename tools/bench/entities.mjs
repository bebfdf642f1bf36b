#!/usr/bin/env node
// Benchmark of @synth/entities: clean records rendered per second on one core (all chunks of a plan,
// the default volume mix scaled ×10: leads 300,000 + sales 30,000 + financial 21,000), next to faker's own
// API generating full person records (name, email, phone, street, city, state, zip, company) in the same
// run. Medians of several runs. Runs on the TypeScript sources through @swc-node/register.
// Writes reports/bench/entities.json.
//   node tools/bench/entities.mjs [--runs 5] [--scale 10] [--faker-records 100000]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { requireSources } from './lib/require-sources.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = requireSources(root);
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    scale: { type: 'string', default: '10' },
    'faker-records': { type: 'string', default: '100000' },
  },
});

// Resolve @synth/* to the TypeScript sources, compiled on the fly.

const { planEntities, renderChunk } = require(join(root, 'libs/entities/src/index.ts'));
const { loadSchema } = require(join(root, 'libs/schema/src/index.ts'));

const RUNS = Number(args.runs);
const SCALE = Number(args.scale);
const FAKER_RECORDS = Number(args['faker-records']);
const REF_DATE = '2026-01-01T00:00:00Z';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const { schema } = loadSchema(join(root, 'automotive_schemas.json'));
const counts = { leads: 30_000 * SCALE, sales: 3_000 * SCALE, financial: 2_100 * SCALE };

// CPU time of this (single-threaded) process: the one-core figure, robust when other jobs share the machine.
const cpuMs = (since) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};

function synthRun(seed) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const plan = planEntities(schema, { seed, counts, refDate: REF_DATE });
  const planCpuMs = cpuMs(c0);
  const t1 = process.hrtime.bigint();
  const c1 = process.cpuUsage();
  let records = 0;
  for (let k = 0; k < plan.chunkCount; k++) records += renderChunk(plan, schema, k).length;
  const renderCpuMs = cpuMs(c1);
  const t2 = process.hrtime.bigint();
  return { records, planMs: Number(t1 - t0) / 1e6, renderMs: Number(t2 - t1) / 1e6, planCpuMs, renderCpuMs };
}

function fakerRun(seed) {
  // Loaded only for this phase: the full faker package (every locale) would otherwise sit in the heap that
  // synth's runs garbage-collect, and its allocations would be collected during synth's timings.
  const { Faker, en_US, en, base } = require('@faker-js/faker');
  const faker = new Faker({ locale: [en_US, en, base] });
  faker.seed(seed);
  faker.setDefaultRefDate(REF_DATE);
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let chars = 0;
  for (let i = 0; i < FAKER_RECORDS; i++) {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const r = {
      first_name: firstName,
      last_name: lastName,
      email: faker.internet.email({ firstName, lastName }),
      phone: faker.phone.number(),
      address: faker.location.streetAddress(),
      city: faker.location.city(),
      state: faker.location.state({ abbreviated: true }),
      zip: faker.location.zipCode(),
      company: faker.company.name(),
      created_at: faker.date.past().toISOString(),
    };
    chars += r.email.length;
  }
  return { records: FAKER_RECORDS, ms: Number(process.hrtime.bigint() - t0) / 1e6, cpuMs: cpuMs(c0), chars };
}

// Two phases in one run: synth first (warm-up, then RUNS timed runs), then faker's API the same way.
synthRun(1);
const synth = [];
for (let run = 0; run < RUNS; run++) {
  global.gc?.();
  const s = synthRun(42 + run);
  synth.push(s);
  process.stderr.write(
    `  synth run ${run + 1}/${RUNS}: ${s.records} records, plan ${s.planMs.toFixed(0)} ms, ` +
      `render ${s.renderMs.toFixed(0)} ms (cpu ${s.renderCpuMs.toFixed(0)} ms)\n`,
  );
}
fakerRun(1);
const fk = [];
for (let run = 0; run < RUNS; run++) {
  global.gc?.();
  const f = fakerRun(42 + run);
  fk.push(f);
  process.stderr.write(
    `  faker run ${run + 1}/${RUNS}: ${f.records} records in ${f.ms.toFixed(0)} ms (cpu ${f.cpuMs.toFixed(0)} ms)\n`,
  );
}
const renderRate = median(synth.map((s) => s.records / (s.renderCpuMs / 1000)));
const endToEndRate = median(synth.map((s) => s.records / ((s.planCpuMs + s.renderCpuMs) / 1000)));
const fakerRate = median(fk.map((f) => f.records / (f.cpuMs / 1000)));
const wallRender = median(synth.map((s) => s.records / (s.renderMs / 1000)));
const wallFaker = median(fk.map((f) => f.records / (f.ms / 1000)));
const report = {
  benchmark: 'entities',
  node: process.version,
  cores: 1,
  runs: RUNS,
  counts,
  recordsPerRun: synth[0].records,
  measure: 'records per CPU-second of this single-threaded process (median); wall-clock figures alongside',
  synth: {
    renderRecordsPerSecond: Math.round(renderRate),
    renderRecordsPerWallSecond: Math.round(wallRender),
    planAndRenderRecordsPerSecond: Math.round(endToEndRate),
    planMsMedian: Math.round(median(synth.map((s) => s.planMs))),
  },
  fakerApi: {
    fullPersonRecordsPerSecond: Math.round(fakerRate),
    fullPersonRecordsPerWallSecond: Math.round(wallFaker),
    recordsPerRun: FAKER_RECORDS,
  },
  speedupOverFakerApi: Number((renderRate / fakerRate).toFixed(2)),
  target: { renderRecordsPerSecond: 150_000, met: renderRate >= 150_000 },
  loadAverage: (await import('node:os')).loadavg().map((x) => Number(x.toFixed(2))),
};
mkdirSync(join(root, 'reports/bench'), { recursive: true });
writeFileSync(join(root, 'reports/bench/entities.json'), JSON.stringify(report, null, 2) + '\n');
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
