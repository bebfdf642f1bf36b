#!/usr/bin/env node
// `npm run bench`: the end-to-end benchmark of the BUILT binary (`dist/apps/cli/main.js generate`) on fixed
// profiles, with faker's own API measured in the same run as the baseline, then the per-lib benches.
//
//   npm run bench                                  the profiles dev, default, 10x, 1m + per-lib benches
//   npm run bench -- --profiles 1m,10m --runs 1    10m (11,700,000 records) is opt-in, never in the default set
//   npm run bench -- --quick                       dev + default, 1 run each, per-lib benches on small inputs
//   npm run bench -- --profiles 10x,1m --runs 1    a subset, N runs each
//   npm run bench -- --pipeline-only               skip the per-lib benches
//   npm run bench -- --variants default            only the default worker count (or workers=1)
//
// Each run is a fresh process in a fresh temp folder (removed afterwards), `--json` so the summary's
// per-stage `timings`, counts and pairs can be read; peak RSS comes from `/usr/bin/time -v` (else from
// `process.resourceUsage().maxRSS` of lib/rss-wrapper.cjs); garbage-collection pauses of every thread from
// lib/gc-probe.cjs, preloaded with NODE_OPTIONS. Every run of synth is followed by one run of the
// faker baseline (lib/faker-baseline.mjs, one core) so both see the same machine load. Figures are medians.
// Writes reports/bench/pipeline.json (+ pipeline.md) and reports/bench/summary.json; prints the table.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  fmtFixed,
  fmtInt,
  largestStage,
  markdownTable,
  parseCpuModel,
  parseGcProbe,
  parseTimeVerbose,
  stripTimeVerbose,
  summarize,
} from './lib/stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST_CLI = join(root, 'dist/apps/cli');
const DIST_BIN = join(DIST_CLI, 'main.js');
const SCHEMA = join(root, 'automotive_schemas.json');
const OUT_DIR = join(root, 'reports/bench');
const TIME = '/usr/bin/time';
const GC_PROBE = join(root, 'tools/bench/lib/gc-probe.cjs');

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    profiles: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'pipeline-only': { type: 'boolean', default: false },
    variants: { type: 'string' },
    'baseline-max': { type: 'string', default: '400000' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  process.stdout.write(
    readFileSync(fileURLToPath(import.meta.url), 'utf8')
      .split('\n')
      .slice(1, 10)
      .map((l) => l.replace(/^\/\/ ?/, ''))
      .join('\n') + '\n',
  );
  process.exit(0);
}

/** Fixed profiles: count flags of `synth generate` and default runs. */
const PROFILES = {
  dev: { flags: ['--dev'], runs: 5, expected: 3_000 },
  default: { flags: [], runs: 5, expected: 35_100 },
  '10x': { flags: ['--n-leads', '300000', '--n-sales', '30000', '--n-financial', '21000'], runs: 3, expected: 351_000 },
  '1m': {
    flags: ['--n-leads', '1000000', '--n-sales', '100000', '--n-financial', '70000'],
    runs: 3,
    expected: 1_170_000,
  },
  // Opt-in (`--profiles 10m`): run once for README, never in tests; about ten times the 1m profile.
  '10m': {
    flags: ['--n-leads', '10000000', '--n-sales', '1000000', '--n-financial', '700000'],
    runs: 1,
    expected: 11_700_000,
    optIn: true,
  },
};
const DEFAULT_PROFILES = Object.keys(PROFILES).filter((p) => !PROFILES[p].optIn);
const selected = args.quick
  ? ['dev', 'default']
  : (args.profiles ?? DEFAULT_PROFILES.join(',')).split(',').map((s) => s.trim());
for (const p of selected) if (!PROFILES[p]) fail(`unknown profile "${p}" (known: ${Object.keys(PROFILES).join(', ')})`);
const runsFor = (p) => (args.runs ? Number(args.runs) : args.quick ? 1 : PROFILES[p].runs);
/** Above this many records the baseline measures this many and extrapolates linearly (faker's cost per record is flat):
 * only the 1m profile by default (the baseline there measures 400,000 of its 1,170,000 records). */
const BASELINE_MAX = Number(args['baseline-max']);

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}
const log = (m) => process.stderr.write(`${m}\n`);
const load = () => os.loadavg().map((x) => Number(x.toFixed(2)));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Builds the CLI once when dist is missing, never while another nx command runs on this machine. */
async function ensureBuilt() {
  if (existsSync(DIST_BIN)) return false;
  for (let waited = 0; ; waited += 5) {
    const busy = spawnSync('pgrep', ['-f', 'nx run'], { encoding: 'utf8' }).stdout.trim();
    if (!busy) {
      if (waited > 0) await sleep(2000); // the other build may just have written dist
      break;
    }
    if (waited === 0) log('bench: another nx command is running; waiting before `nx run cli:build`…');
    if (waited > 900) fail('gave up waiting for the other nx command (15 min)');
    await sleep(5000);
  }
  if (existsSync(DIST_BIN)) return false;
  log('bench: dist/apps/cli/main.js missing: npx nx run cli:build');
  // Build output goes to stderr: stdout carries only the table.
  const r = spawnSync('npx', ['nx', 'run', 'cli:build', '--output-style=static'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (r.status !== 0 || !existsSync(DIST_BIN)) fail('cli:build failed');
  return true;
}

function machine() {
  let cpuinfo = '';
  try {
    cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  } catch {
    /* not Linux: fall back to os.cpus() */
  }
  return {
    cpuModel: parseCpuModel(cpuinfo) ?? os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    hostname: os.hostname(),
  };
}

/** Runs a command to completion; resolves { code, stdout, stderr, ms }. */
function run(cmd, argv, options) {
  return new Promise((resolveRun) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, argv, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('close', (code, signal) =>
      resolveRun({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: Number(process.hrtime.bigint() - t0) / 1e6,
      }),
    );
  });
}

/** One end-to-end run of synth in a fresh temp folder. */
async function synthRun(profile, extraFlags) {
  const dir = mkdtempSync(join(os.tmpdir(), `synth-bench-${profile}-`));
  const cliArgs = [
    'generate',
    ...PROFILES[profile].flags,
    ...extraFlags,
    '--json',
    '--schema',
    SCHEMA,
    '--outdir',
    join(dir, 'data'),
    '--pairs-out',
    join(dir, 'pairs'),
    '--report-dir',
    join(dir, 'reports'),
  ];
  const useTime = existsSync(TIME);
  const rssFile = join(dir, 'maxrss');
  const gcFile = join(dir, 'gc');
  const env = {
    ...process.env,
    BENCH_GC_FILE: gcFile,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${GC_PROBE}`.trim(),
  };
  try {
    const r = useTime
      ? await run(TIME, ['-v', process.execPath, BIN, ...cliArgs], { cwd: dir, env })
      : await run(process.execPath, [join(root, 'tools/bench/lib/rss-wrapper.cjs'), BIN, ...cliArgs], {
          cwd: dir,
          env: { ...env, BENCH_RSS_FILE: rssFile },
        });
    const gc = existsSync(gcFile) ? parseGcProbe(readFileSync(gcFile, 'utf8')) : null;
    const tv = useTime ? parseTimeVerbose(r.stderr) : null;
    const maxRssBytes = useTime
      ? tv.maxRssBytes
      : existsSync(rssFile)
        ? Number(readFileSync(rssFile, 'utf8')) * 1024
        : null;
    let summary = null;
    try {
      summary = JSON.parse(r.stdout);
    } catch {
      /* reported below */
    }
    if (r.code !== 0 || !summary) {
      // The first lines name the error (a stack trace follows).
      const lines = stripTimeVerbose(r.stderr)
        .trim()
        .split('\n')
        .filter((l) => l && !/^\s+at /.test(l) && !l.startsWith('Command exited'));
      return {
        ok: false,
        code: r.code,
        wallMs: r.ms,
        error: lines.slice(0, 3).join('\n') || 'no JSON summary on stdout',
      };
    }
    const records = Object.values(summary.counts).reduce((n, c) => n + (c.records ?? 0), 0);
    return {
      ok: true,
      wallMs: Math.round(r.ms),
      records,
      pairs: pairCount(summary.pairs?.total),
      timings: summary.timings,
      threadTime: summary.threadTime ?? null,
      maxRssBytes,
      cpuSeconds: tv && tv.userSeconds !== null ? Number((tv.userSeconds + tv.systemSeconds).toFixed(2)) : null,
      gcMs: gc?.ms ?? null,
      gcCollections: gc?.collections ?? null,
      cpuPercent: tv?.cpuPercent ?? null,
      validationOk: summary.validation?.ok ?? null,
      rssSource: useTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS (lib/rss-wrapper.cjs)',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function baselineRun(records, seed) {
  const r = await run(
    process.execPath,
    [join(root, 'tools/bench/lib/faker-baseline.mjs'), String(records), String(seed)],
    { cwd: root },
  );
  if (r.code !== 0) return { ok: false, error: r.stderr.trim().split('\n').slice(-3).join('\n') };
  return { ok: true, ...JSON.parse(r.stdout.trim().split('\n').at(-1)) };
}

/** Pair count from the summary's `pairs.total` (`{ positives, negatives, … }`, or a plain number). */
function pairCount(total) {
  if (typeof total === 'number') return total;
  if (total && typeof total === 'object') {
    for (const k of ['pairs', 'count', 'rows']) if (typeof total[k] === 'number') return total[k];
    const negatives = typeof total.negatives === 'number' ? total.negatives : total.negativesTotal;
    if (typeof total.positives === 'number' && typeof negatives === 'number') return total.positives + negatives;
  }
  return null;
}

function aggregate(runs) {
  const ok = runs.filter((r) => r.ok);
  const stages = {};
  for (const r of ok)
    for (const k of Object.keys(r.timings ?? {})) stages[k] ??= summarize(ok.map((x) => x.timings?.[k]));
  const wall = summarize(ok.map((r) => r.wallMs));
  const records = ok[0]?.records ?? null;
  const pairs = ok[0]?.pairs ?? null;
  const medianStages = Object.fromEntries(Object.entries(stages).map(([k, s]) => [k, s.median]));
  const genMs = stages.generate?.median ?? null;
  return {
    runsOk: ok.length,
    runsFailed: runs.length - ok.length,
    records,
    pairs,
    wallMs: wall,
    recordsPerSecond: summarize(ok.map((r) => r.records / (r.wallMs / 1000))),
    pairsPerSecond: summarize(ok.map((r) => (r.pairs ?? NaN) / (r.wallMs / 1000))),
    generateStageRecordsPerSecond: summarize(ok.map((r) => r.records / ((r.timings?.generate ?? NaN) / 1000))),
    // Render + noise + CSV text only, per second of thread time (the summary's threadTime.records, all workers summed).
    recordsPhasePerThreadSecond: summarize(ok.map((r) => r.records / ((r.threadTime?.records ?? NaN) / 1000))),
    peakRssMiB: summarize(ok.map((r) => (r.maxRssBytes ?? NaN) / 2 ** 20)),
    cpuSeconds: summarize(ok.map((r) => r.cpuSeconds ?? NaN)),
    recordsPerCpuSecond: summarize(ok.map((r) => r.records / (r.cpuSeconds ?? NaN))),
    cpuPercent: summarize(ok.map((r) => r.cpuPercent ?? NaN)),
    // GC pauses of all threads as a share of the process's CPU time (see lib/gc-probe.cjs).
    gcShareOfCpu: summarize(ok.map((r) => (r.gcMs ?? NaN) / 1000 / (r.cpuSeconds ?? NaN))),
    stagesMs: stages,
    boundingStage: largestStage(medianStages),
    boundingStageShare:
      genMs !== null && stages.total?.median
        ? Number((medianStages[largestStage(medianStages)] / stages.total.median).toFixed(3))
        : null,
    validationOk: ok.every((r) => r.validationOk !== false),
    errors: runs.filter((r) => !r.ok).map((r) => `exit ${r.code}: ${r.error}`),
  };
}

const round = (x, d = 0) => (x === null || x === undefined || !Number.isFinite(x) ? null : Number(x.toFixed(d)));
const ratio = (a, b) => (a === null || b === null || !b ? null : round(a / b, 2));
function roundSummary(s, d = 0) {
  return { median: round(s.median, d), min: round(s.min, d), max: round(s.max, d), n: s.n };
}

// ---------------------------------------------------------------------------------------------------
const startedAt = new Date().toISOString();
const built = await ensureBuilt();
// Every run uses a snapshot of the built CLI (under the workspace's ignored tmp/, so that node_modules
// resolves), so a rebuild by someone else during the bench cannot mix two builds in one report.
const SNAPSHOT = join(root, 'tmp', `bench-cli-${process.pid}`);
cpSync(DIST_CLI, SNAPSHOT, { recursive: true });
process.on('exit', () => rmSync(SNAPSHOT, { recursive: true, force: true }));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));
const BIN = join(SNAPSHOT, 'main.js');
const binBuiltAt = statSync(DIST_BIN).mtime.toISOString();
const binSha = createHash('sha256').update(readFileSync(BIN)).digest('hex').slice(0, 12);
const gitHead = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
const gitDirty =
  spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).stdout.trim() !==
  '';
const help = spawnSync(process.execPath, [BIN, 'generate', '--help'], { encoding: 'utf8' }).stdout ?? '';
const hasWorkers = /--workers\b/.test(help);
const allVariants = hasWorkers
  ? [
      { name: 'workers=1', flags: ['--workers', '1'] },
      { name: 'default', flags: [] },
    ]
  : [{ name: 'default', flags: [] }];
const wantedVariants = args.variants?.split(',').map((v) => v.trim());
for (const v of wantedVariants ?? [])
  if (!allVariants.some((a) => a.name === v))
    fail(`unknown variant "${v}" (known: ${allVariants.map((a) => a.name).join(', ')})`);
const variants = wantedVariants ? allVariants.filter((v) => wantedVariants.includes(v.name)) : allVariants;
const info = machine();
const loadBefore = load();
log(
  `bench: ${info.cpuModel}, ${info.cores} cores, ${info.memoryGiB} GiB, node ${info.node}; ` +
    `load ${loadBefore.join(' ')}`,
);
log(
  `bench: profiles ${selected.join(', ')}; variants ${variants.map((v) => v.name).join(', ')}` +
    `${hasWorkers ? '' : ' (generate --help lists no --workers)'}`,
);

const profiles = {};
for (const profile of selected) {
  const n = runsFor(profile);
  const loadStart = load();
  const byVariant = Object.fromEntries(variants.map((v) => [v.name, []]));
  const baseline = [];
  let baselineRecords = null;
  let profileRecords = null;
  for (let i = 0; i < n; i++) {
    for (const v of variants) {
      const r = await synthRun(profile, v.flags);
      byVariant[v.name].push(r);
      profileRecords ??= r.ok ? r.records : null;
      log(
        r.ok
          ? `  ${profile} [${v.name}] run ${i + 1}/${n}: ${r.records} records, ${r.pairs} pairs, ` +
              `${(r.wallMs / 1000).toFixed(1)} s, RSS ${Math.round(r.maxRssBytes / 2 ** 20)} MiB, ` +
              `stages ${JSON.stringify(r.timings)}`
          : `  ${profile} [${v.name}] run ${i + 1}/${n}: FAILED (exit ${r.code}) ${r.error}`,
      );
    }
    const target = profileRecords ?? PROFILES[profile].expected;
    baselineRecords = Math.min(target, BASELINE_MAX);
    const b = await baselineRun(baselineRecords, 42);
    baseline.push(b);
    log(
      b.ok
        ? `  ${profile} baseline run ${i + 1}/${n}: faker API ${b.records} records ` +
            `in ${(b.ms / 1000).toFixed(2)} s = ${b.recordsPerSecond} records/s`
        : `  baseline FAILED: ${b.error}`,
    );
  }
  const okBase = baseline.filter((b) => b.ok);
  const baseRate = summarize(okBase.map((b) => b.recordsPerSecond));
  const records = profileRecords ?? PROFILES[profile].expected;
  const baselineOut = {
    what:
      'faker 10 API (faker.seed(42); person.firstName/lastName, internet.email, phone.number, ' +
      'location.streetAddress/city/state/zipCode, company.name) in one process, one core; loop time, import excluded',
    recordsMeasured: baselineRecords,
    extrapolated: baselineRecords < records,
    note:
      baselineRecords < records
        ? `measured ${baselineRecords} records and extrapolated linearly to ${records} ` +
          "(faker's cost per record is constant)"
        : undefined,
    recordsPerSecond: roundSummary(baseRate),
    recordsPerCpuSecond: roundSummary(summarize(okBase.map((b) => b.records / (b.cpuMs / 1000)))),
    secondsForProfileRecords: baseRate.median ? round(records / baseRate.median, 2) : null,
    runs: baseline.map((b) => (b.ok ? { records: b.records, ms: b.ms, cpuMs: b.cpuMs } : { error: b.error })),
  };
  const variantsOut = {};
  for (const v of variants) {
    const a = aggregate(byVariant[v.name]);
    variantsOut[v.name] = {
      flags: v.flags,
      runsOk: a.runsOk,
      runsFailed: a.runsFailed,
      errors: a.errors.length ? a.errors : undefined,
      records: a.records,
      pairs: a.pairs,
      wallSeconds: roundSummary(summarize(byVariant[v.name].filter((r) => r.ok).map((r) => r.wallMs / 1000)), 2),
      recordsPerSecond: roundSummary(a.recordsPerSecond),
      pairsPerSecond: roundSummary(a.pairsPerSecond),
      generateStageRecordsPerSecond: roundSummary(a.generateStageRecordsPerSecond),
      recordsPhasePerThreadSecond: roundSummary(a.recordsPhasePerThreadSecond),
      peakRssMiB: roundSummary(a.peakRssMiB),
      cpuSeconds: roundSummary(a.cpuSeconds, 2),
      cpuPercent: roundSummary(a.cpuPercent),
      recordsPerCpuSecond: roundSummary(a.recordsPerCpuSecond),
      gcShareOfCpu: roundSummary(a.gcShareOfCpu, 3),
      stagesMs: Object.fromEntries(Object.entries(a.stagesMs).map(([k, s]) => [k, roundSummary(s)])),
      boundingStage: a.boundingStage,
      boundingStageShareOfTotal: a.boundingStageShare,
      validationOk: a.validationOk,
      ratiosToBaseline: baseRate.median
        ? {
            endToEndRecordsPerSecond: ratio(a.recordsPerSecond.median, baseRate.median),
            generateStageRecordsPerSecond: ratio(a.generateStageRecordsPerSecond.median, baseRate.median),
            // Whole-process CPU seconds (all threads) against the baseline's: robust to other load on the machine.
            endToEndRecordsPerCpuSecond: ratio(
              a.recordsPerCpuSecond.median,
              summarize(okBase.map((b) => b.records / (b.cpuMs / 1000))).median,
            ),
          }
        : null,
      rssSource: byVariant[v.name].find((r) => r.ok)?.rssSource,
      runs: byVariant[v.name],
    };
  }
  profiles[profile] = {
    flags: PROFILES[profile].flags,
    runs: n,
    records,
    loadAverage: { start: loadStart, end: load() },
    variants: variantsOut,
    baseline: baselineOut,
  };
}

// Targets (issue 14), judged on the default variant (the binary's own worker setting).
const pick = (p) => profiles[p]?.variants.default ?? null;
const p10 = pick('10x');
const p1m = pick('1m');
const p10m = pick('10m');
const target = (name, value, threshold, pass, note) => ({
  name,
  value,
  threshold,
  pass: value === null || value === undefined ? null : pass,
  note,
});
/** (t_big / t_small) / (records_big / records_small): 1 is linear. */
const growth = (small, big) =>
  small && big ? big.wallSeconds.median / small.wallSeconds.median / (big.records / small.records) : null;
const scaling10x = growth(p10, p1m);
const scaling10m = growth(p1m, p10m);
const fakerSeconds1m = profiles['1m']?.baseline.secondsForProfileRecords ?? null;
const vsFaker = p1m && fakerSeconds1m ? p1m.wallSeconds.median / fakerSeconds1m : null;
const notRun = (p) => `profile ${p} not run`;
const targets = [
  target(
    "1m end to end ≤ 0.75× the time faker's API takes for the same records on one core (wall ratio)",
    round(vsFaker, 2),
    0.75,
    vsFaker !== null ? vsFaker <= 0.75 : null,
    p1m ? `synth ${p1m.wallSeconds.median} s; faker ${fakerSeconds1m} s` : notRun('1m'),
  ),
  target(
    '1m end to end ≥ 60,000 records per CPU-second (all threads)',
    p1m?.recordsPerCpuSecond.median ?? null,
    60_000,
    p1m ? p1m.recordsPerCpuSecond.median >= 60_000 : null,
    p1m ? `${p1m.cpuSeconds.median} CPU-s` : notRun('1m'),
  ),
  target(
    'garbage collection ≤ 10% of CPU at 1m (GC pauses of all threads / CPU seconds)',
    p1m ? round(p1m.gcShareOfCpu.median, 3) : null,
    0.1,
    p1m && p1m.gcShareOfCpu.median !== null ? p1m.gcShareOfCpu.median <= 0.1 : null,
    p1m ? 'pauses are wall time: on a loaded machine they include waiting for a core' : notRun('1m'),
  ),
  target(
    'peak RSS at 1m ≤ 1 GB (MiB)',
    p1m?.peakRssMiB.median ?? null,
    1024,
    p1m ? p1m.peakRssMiB.median <= 1024 : null,
    p1m ? undefined : notRun('1m'),
  ),
  target(
    'peak RSS at 10m ≤ 2 GB (MiB)',
    p10m?.peakRssMiB.median ?? null,
    2048,
    p10m ? p10m.peakRssMiB.median <= 2048 : null,
    p10m ? undefined : notRun('10m') + ' (opt-in: --profiles 10m)',
  ),
  target(
    'time from 1m to 10m grows linearly in records ((t10m/t1m) / (records10m/records1m) ≤ 1.1)',
    round(scaling10m, 3),
    1.1,
    scaling10m !== null ? scaling10m <= 1.1 : null,
    scaling10m !== null
      ? `wall ×${(p10m.wallSeconds.median / p1m.wallSeconds.median).toFixed(2)} ` +
          `for records ×${(p10m.records / p1m.records).toFixed(2)}`
      : 'needs profiles 1m and 10m',
  ),
  target(
    'time from 10x to 1m grows no faster than linearly in records ((t1m/t10x) / (records1m/records10x) ≤ 1)',
    round(scaling10x, 3),
    1,
    scaling10x !== null ? scaling10x <= 1 : null,
    scaling10x !== null
      ? `wall ×${(p1m.wallSeconds.median / p10.wallSeconds.median).toFixed(2)} ` +
          `for records ×${(p1m.records / p10.records).toFixed(2)}`
      : 'needs profiles 10x and 1m',
  ),
];

const loadAfter = load();
const pipeline = {
  tool: 'tools/bench/run.mjs',
  startedAt,
  finishedAt: new Date().toISOString(),
  binary: {
    path: 'dist/apps/cli/main.js generate (run from a snapshot copy)',
    builtAt: binBuiltAt,
    sha256: binSha,
    gitHead,
    gitDirty,
  },
  builtByHarness: built,
  workersFlag: hasWorkers,
  machine: {
    ...info,
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadAfter,
    note: 'shared machine: other jobs may run at the same time; see the load averages (1, 5, 15 min)',
  },
  options: {
    quick: args.quick,
    profiles: selected,
    runs: Object.fromEntries(selected.map((p) => [p, runsFor(p)])),
    baselineMax: BASELINE_MAX,
  },
  method:
    'each run is a fresh process of the built binary in a fresh temp folder; ' +
    'wall time measured around the process (node start-up included); ' +
    'records = leads + sales + financial rows written; stage times from the summary (`timings`, ms); ' +
    'every synth run is followed by a faker baseline run so both see the same load; medians (min, max) over the runs',
  profiles,
  targets,
};

// ---------------------------------------------------------------------------------------------------
function tables() {
  const head = [
    'profile',
    'variant',
    'records',
    'pairs',
    'wall s (min–max)',
    'records/s',
    'pairs/s',
    'peak RSS MiB',
    'CPU s (CPU %)',
    'records / CPU s',
    'GC % of CPU',
    'generate-stage records/s',
    'faker API records/s (1 core)',
    'e2e records/s ÷ faker API records/s',
    'generate-stage records/s ÷ faker API records/s',
    'bounding stage',
  ];
  const rows = [];
  const stageRows = [];
  const stageNames = [
    ...new Set(
      Object.values(profiles).flatMap((p) => Object.values(p.variants).flatMap((v) => Object.keys(v.stagesMs))),
    ),
  ];
  for (const [name, p] of Object.entries(profiles)) {
    for (const [vn, v] of Object.entries(p.variants)) {
      rows.push([
        `${name} (${p.runs} run${p.runs > 1 ? 's' : ''})`,
        vn,
        fmtInt(v.records),
        fmtInt(v.pairs),
        v.wallSeconds.median === null
          ? 'failed'
          : `${fmtFixed(v.wallSeconds.median, 2)} ` +
            `(${fmtFixed(v.wallSeconds.min, 2)}–${fmtFixed(v.wallSeconds.max, 2)})`,
        fmtInt(v.recordsPerSecond.median),
        fmtInt(v.pairsPerSecond.median),
        fmtInt(v.peakRssMiB.median),
        v.cpuSeconds.median === null ? '—' : `${fmtFixed(v.cpuSeconds.median, 1)} (${fmtInt(v.cpuPercent.median)}%)`,
        fmtInt(v.recordsPerCpuSecond.median),
        v.gcShareOfCpu.median === null ? '—' : `${fmtFixed(v.gcShareOfCpu.median * 100, 1)}%`,
        fmtInt(v.generateStageRecordsPerSecond.median),
        fmtInt(p.baseline.recordsPerSecond.median) +
          (p.baseline.extrapolated ? ` (${fmtInt(p.baseline.recordsMeasured)} measured)` : ''),
        v.ratiosToBaseline ? `${fmtFixed(v.ratiosToBaseline.endToEndRecordsPerSecond, 2)}×` : '—',
        v.ratiosToBaseline ? `${fmtFixed(v.ratiosToBaseline.generateStageRecordsPerSecond, 2)}×` : '—',
        v.boundingStage ? `${v.boundingStage} (${Math.round((v.boundingStageShareOfTotal ?? 0) * 100)}%)` : '—',
      ]);
      stageRows.push([name, vn, ...stageNames.map((s) => fmtInt(v.stagesMs[s]?.median))]);
    }
  }
  const targetRows = targets.map((t) => [
    t.name,
    t.value === null
      ? '—'
      : typeof t.value === 'number'
        ? t.value >= 1000
          ? fmtInt(t.value)
          : String(t.value)
        : t.value,
    t.pass === null ? 'not run' : t.pass ? 'pass' : 'FAIL',
    t.note ?? '',
  ]);
  return [
    markdownTable(head, rows),
    '',
    "Median stage times (ms, from the summary's `timings`):",
    '',
    markdownTable(['profile', 'variant', ...stageNames], stageRows),
    '',
    markdownTable(['target', 'reached', 'result', 'note'], targetRows),
    '',
    `Machine: ${info.cpuModel}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}; ` +
      `load average ${loadBefore.join(' / ')} before, ${loadAfter.join(' / ')} after (shared machine).`,
  ].join('\n');
}

mkdirSync(OUT_DIR, { recursive: true });
const markdown = tables();
pipeline.markdown = markdown;
writeFileSync(join(OUT_DIR, 'pipeline.json'), JSON.stringify(pipeline, null, 2) + '\n');
writeFileSync(join(OUT_DIR, 'pipeline.md'), markdown + '\n');
process.stdout.write(markdown + '\n');

// ---------------------------------------------------------------------------------------------------
// Per-lib benches: each writes its own reports/bench/<name>.json.
const LIB_BENCHES = [
  {
    name: 'features',
    file: 'features.mjs',
    node: [],
    args: [],
    quickEnv: { BENCH_RUNS: '1', BENCH_MS: '300' },
    needs: 'dist/libs/features',
  },
  {
    name: 'entities',
    file: 'entities.mjs',
    node: ['--expose-gc'],
    args: [],
    quickArgs: ['--runs', '1', '--scale', '1', '--faker-records', '20000'],
  },
  {
    name: 'io',
    file: 'io.mjs',
    node: [],
    args: [],
    quickArgs: ['--csv-rows', '200000', '--parquet-rows', '20000', '--runs', '1'],
  },
  {
    name: 'pairing',
    file: 'pairing.mjs',
    node: ['--expose-gc', '--max-semi-space-size=64'],
    args: [],
    quickArgs: ['--runs', '1', '--scales', '1'],
  },
];
const libResults = [];
if (!args['pipeline-only']) {
  for (const b of LIB_BENCHES) {
    const file = join(root, 'tools/bench', b.file);
    if (!existsSync(file)) continue;
    if (b.needs && !existsSync(join(root, b.needs))) {
      libResults.push({ name: b.name, skipped: `${b.needs} missing (npm run build)` });
      continue;
    }
    const argv = [...b.node, file, ...(args.quick ? (b.quickArgs ?? b.args) : b.args)];
    log(`bench: node ${argv.map((a) => a.replace(root + '/', '')).join(' ')}`);
    const r = await run(process.execPath, argv, {
      cwd: root,
      env: { ...process.env, ...(args.quick ? b.quickEnv : {}) },
    });
    libResults.push({
      name: b.name,
      command: `node ${argv.map((a) => a.replace(root + '/', '')).join(' ')}`,
      exitCode: r.code,
      seconds: round(r.ms / 1000, 1),
      report: `reports/bench/${b.name}.json`,
      error: r.code === 0 ? undefined : r.stderr.trim().split('\n').slice(-5).join('\n'),
    });
    log(`  ${b.name}: exit ${r.code} in ${(r.ms / 1000).toFixed(1)} s`);
  }
}

const files = readdirSync(OUT_DIR)
  .filter((f) => f.endsWith('.json') && f !== 'summary.json')
  .map((f) => {
    const st = statSync(join(OUT_DIR, f));
    return {
      file: `reports/bench/${f}`,
      bytes: st.size,
      modified: st.mtime.toISOString(),
      writtenByThisRun: st.mtime.toISOString() >= startedAt,
    };
  });
const summary = {
  tool: 'tools/bench/run.mjs',
  startedAt,
  finishedAt: new Date().toISOString(),
  machine: pipeline.machine,
  quick: args.quick,
  pipeline: {
    report: 'reports/bench/pipeline.json',
    targets: targets.map(({ name, value, pass }) => ({ name, value, pass })),
  },
  libBenches: libResults,
  files,
};
writeFileSync(join(OUT_DIR, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
log(`bench: wrote ${files.map((f) => f.file).join(', ')} and reports/bench/summary.json`);
const failedLib = libResults.some((r) => r.exitCode !== undefined && r.exitCode !== 0);
const failedRuns = Object.values(profiles).some((p) => Object.values(p.variants).some((v) => v.runsFailed > 0));
process.exitCode = failedLib || failedRuns ? 1 : 0;
