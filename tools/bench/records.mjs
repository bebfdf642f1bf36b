#!/usr/bin/env node
// Benchmark of the record side of a block, in one thread: render every chunk of a plan (@synth/entities), then
// noise every variant record as the pipeline does (a `NoiseDraws` per chunk, a `createRng(seed, 'noise', source,
// id)` per record, `applyNoise`, `formatAppliedNoise`). Prints the CPU time of rendering alone and of rendering
// with noise (medians), the garbage-collection time of each, and the digest of every value and noise cell of a
// first, untimed run (equal digests: identical records). Runs on the TypeScript sources through @swc-node/register.
//   node tools/bench/records.mjs [--runs 3] [--leads 200000] [--sales 20000] [--financial 14000] [--seed 42]
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { requireSources } from './lib/require-sources.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = requireSources(root);
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    leads: { type: 'string', default: '200000' },
    sales: { type: 'string', default: '20000' },
    financial: { type: 'string', default: '14000' },
    seed: { type: 'string', default: '42' },
  },
});

const { planEntities, renderChunk } = require(join(root, 'libs/entities/src/index.ts'));
const { loadSchema } = require(join(root, 'libs/schema/src/index.ts'));
const noise = require(join(root, 'libs/noise/src/index.ts'));
const { createRng } = require(join(root, 'libs/random/src/index.ts'));

const seed = Number(args.seed);
const { schema } = loadSchema(join(root, 'automotive_schemas.json'));
const counts = { leads: Number(args.leads), sales: Number(args.sales), financial: Number(args.financial) };
const plan = planEntities(schema, { seed, counts, refDate: '2026-01-01T00:00:00Z' });
const profile = noise.defaultNoiseProfile;
const fields = {};
for (const source of Object.keys(schema.entities))
  fields[source] = schema.entities[source].fields.map((f) => ({
    name: f.name,
    kind: f.kind,
    nullable: !f.required || f.nullShare > 0,
  }));

let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ['gc'] });

const cpuMs = (since) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};

/**
 * Renders (and, with `withNoise`, noises) every chunk; returns CPU and GC milliseconds, and with `digest` (an
 * untimed check run) the digest of every record.
 */
async function run(withNoise, digest = false) {
  global.gc?.();
  const hash = createHash('sha256');
  const tally = new noise.NoiseTally(profile);
  const gc0 = gcMs;
  const c0 = process.cpuUsage();
  let records = 0;
  for (let chunk = 0; chunk < plan.chunkCount; chunk++) {
    const draws = new noise.NoiseDraws(createRng(seed, 'noise', 'draws', chunk), profile);
    for (const record of renderChunk(plan, schema, chunk)) {
      records++;
      let row = record.row;
      let cell = '';
      if (withNoise && record.variant) {
        const rng = createRng(seed, 'noise', record.source, record.id);
        const result = noise.applyNoise(row, fields[record.source], profile, rng, tally, draws);
        row = result.row;
        cell = noise.formatAppliedNoise(result.changes);
      }
      if (digest) {
        let line = `${record.id}|${record.entityId}|${record.dupOf}|${record.confuserOf ?? ''}|${cell}`;
        for (const k in row) line += `|${row[k]}`;
        hash.update(line);
      }
    }
  }
  const ms = cpuMs(c0);
  await new Promise((done) => setTimeout(done, 50)); // GC entries arrive asynchronously
  return { records, ms, gc: gcMs - gc0, digest: digest ? hash.digest('hex').slice(0, 16) : '' };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const check = await run(true, true);
const render = [];
const all = [];
for (let i = 0; i < Number(args.runs); i++) {
  render.push(await run(false));
  all.push(await run(true));
}
const r = median(render.map((x) => x.ms));
const a = median(all.map((x) => x.ms));
process.stdout.write(
  JSON.stringify(
    {
      records: render[0].records,
      renderCpuMs: Math.round(r),
      renderGcMs: Math.round(median(render.map((x) => x.gc))),
      renderAndNoiseCpuMs: Math.round(a),
      renderAndNoiseGcMs: Math.round(median(all.map((x) => x.gc))),
      digest: check.digest,
    },
    null,
    2,
  ) + '\n',
);
