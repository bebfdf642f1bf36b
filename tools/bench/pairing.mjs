#!/usr/bin/env node
// Benchmark of @synth/pairing: pairs per second (mining + balancing + cached features) at the
// default volume-equivalent (leads 30,000 + sales 3,000 + financial 2,100 records) and at 10×,
// median of 3 runs, both as the pipeline calls it (blocks of 10,000 entities) and as one call.
// Runs on the TypeScript sources through @swc-node/register. Writes reports/bench/pairing.json.
//   node tools/bench/pairing.mjs [--runs 3] [--scales 1,10]
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { requireSources } from './lib/require-sources.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = requireSources(root);
const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, scales: { type: 'string', default: '1,10' } },
});

// Resolve @synth/* to the TypeScript sources, compiled on the fly.

const { buildPairs } = require(join(root, 'libs/pairing/src/index.ts'));
const { makeFixture } = require(join(root, 'libs/pairing/src/testing-internal/make-fixture.ts'));
const { FEATURE_VERSION, featureNames, normalizeParty, pairFeaturesNormalized } = require(
  join(root, 'libs/features/src/index.ts'),
);

const DEFAULT_RECORDS = 30_000 + 3_000 + 2_100;
const BLOCK_ENTITIES = 10_000;
const RUNS = Number(args.runs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Entities whose fixture yields about `records` records (the fixture averages ~1.5 records per entity). */
function fixtureFor(records) {
  const probe = makeFixture({ seed: 42, entities: 2_000 }).length / 2_000;
  const entities = Math.round(records / probe);
  const blocks = [];
  for (let start = 0, b = 0; start < entities; start += BLOCK_ENTITIES, b++) {
    const recs = makeFixture({ seed: 42 + b, entities: Math.min(BLOCK_ENTITIES, entities - start) });
    // Ids and entity ids must be unique across blocks when they are merged into one call.
    blocks.push(recs.map((r) => ({ ...r, id: `${r.id}-${b}`, entityId: `${r.entityId}-${b}` })));
  }
  return { entities, blocks };
}

function measure(label, calls) {
  const times = [];
  const cpuTimes = [];
  let pairs = 0;
  // One untimed warm-up run, so the median is of optimised code.
  for (const [records, block] of calls.slice(0, 1)) buildPairs(records, { seed: 42, block });
  for (let run = 0; run < RUNS; run++) {
    globalThis.gc?.();
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    pairs = 0;
    for (const [records, block] of calls) pairs += buildPairs(records, { seed: 42, block }).pairs.length;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    process.stderr.write(
      `  ${label} run ${run + 1}/${RUNS}: ${pairs} pairs in ${times.at(-1).toFixed(0)} ms ` +
        `(cpu ${cpuTimes.at(-1).toFixed(0)} ms)\n`,
    );
  }
  const ms = median(times);
  const cpuMs = median(cpuTimes);
  return {
    pairs,
    runsMs: times.map((t) => Math.round(t)),
    medianMs: Math.round(ms),
    pairsPerSec: Math.round(pairs / (ms / 1000)),
    // CPU time of this process (GC threads included): less sensitive to other load on a shared machine.
    medianCpuMs: Math.round(cpuMs),
    pairsPerCpuSec: Math.round(pairs / (cpuMs / 1000)),
  };
}

/**
 * The floor under any pairing: only the @synth/features work for the same output (normalizeParty per
 * record, pairFeaturesNormalized per pair), with the pairs known in advance.
 */
function measureFeaturesOnly(label, blocks) {
  const work = blocks.map((records, block) => {
    const at = new Map(records.map((r, i) => [`${r.source}/${r.id}`, i]));
    const pairs = buildPairs(records, { seed: 42, block }).pairs.map((p) => [
      at.get(`${p.src_a}/${p.id_a}`),
      at.get(`${p.src_b}/${p.id_b}`),
    ]);
    return { records, pairs };
  });
  const pairCount = work.reduce((n, w) => n + w.pairs.length, 0);
  const cpuTimes = [];
  for (let run = 0; run < RUNS; run++) {
    globalThis.gc?.();
    const cpu = process.cpuUsage();
    for (const { records, pairs } of work) {
      const normalized = records.map((r) => normalizeParty(r.party));
      for (const [a, b] of pairs) pairFeaturesNormalized(normalized[a], normalized[b]);
    }
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    process.stderr.write(`  ${label} run ${run + 1}/${RUNS}: cpu ${cpuTimes.at(-1).toFixed(0)} ms\n`);
  }
  const cpuMs = median(cpuTimes);
  return { pairs: pairCount, medianCpuMs: Math.round(cpuMs), pairsPerCpuSec: Math.round(pairCount / (cpuMs / 1000)) };
}

const scales = args.scales.split(',').map(Number);
const results = {};
for (const scale of scales) {
  const records = DEFAULT_RECORDS * scale;
  process.stderr.write(`scale ${scale}× (~${records} records): generating fixture…\n`);
  const { entities, blocks } = fixtureFor(records);
  const all = blocks.flat();
  results[`${scale}x`] = {
    records: all.length,
    entities,
    blocks: blocks.length,
    blocked: measure(
      `${scale}× blocked`,
      blocks.map((recs, b) => [recs, b]),
    ),
    single: measure(`${scale}× single call`, [[all, 0]]),
    featuresOnly: measureFeaturesOnly(`${scale}× features only`, blocks),
  };
}

const [lo, hi] = [results[`${scales[0]}x`], results[`${scales.at(-1)}x`]];
const report = {
  tool: 'tools/bench/pairing.mjs',
  date: new Date().toISOString(),
  node: process.version,
  execArgv: process.execArgv,
  featureVersion: FEATURE_VERSION,
  features: featureNames.length,
  runs: RUNS,
  blockEntities: BLOCK_ENTITIES,
  targetPairsPerSec: 100_000,
  // Load average when the bench ended: wall-clock figures on a shared machine depend on it.
  loadAverage: loadavg().map((l) => +l.toFixed(2)),
  results,
  // Throughput at the largest scale relative to the smallest: ~1 means linear scaling.
  scaling: {
    blocked: +(hi.blocked.pairsPerSec / lo.blocked.pairsPerSec).toFixed(3),
    single: +(hi.single.pairsPerSec / lo.single.pairsPerSec).toFixed(3),
  },
  meetsTarget: Object.values(results).every((r) => r.blocked.pairsPerSec >= 100_000),
  meetsTargetPerCpuSecond: Object.values(results).every((r) => r.blocked.pairsPerCpuSec >= 100_000),
};
mkdirSync(join(root, 'reports/bench'), { recursive: true });
writeFileSync(join(root, 'reports/bench/pairing.json'), JSON.stringify(report, null, 2) + '\n');
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
