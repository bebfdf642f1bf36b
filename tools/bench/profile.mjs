#!/usr/bin/env node
// A CPU profile of one run of the built `synth generate`, summarised: the share of the garbage collector and the
// functions with the most self and inclusive time (function names are those of the bundle dist/apps/cli/main.js).
//   node tools/bench/profile.mjs [--top 25] [-- <generate flags>]
//   node tools/bench/profile.mjs -- --n-leads 200000 --n-sales 20000 --n-financial 14000 --workers 1
//   node tools/bench/profile.mjs --file CPU.….cpuprofile      summarise an existing profile
// With `--workers 1` every block runs in the main thread, so one profile covers the whole run. Prints markdown;
// the .cpuprofile file stays in a temp folder whose path is printed (open it in Chrome DevTools).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { summarizeCpuProfile } from './lib/cpu-profile.mjs';
import { markdownTable } from './lib/stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(root, 'dist/apps/cli/main.js');
const { values: args, positionals } = parseArgs({
  options: { top: { type: 'string', default: '25' }, file: { type: 'string' } },
  allowPositionals: true,
});
const top = Number(args.top);
const flags = positionals.length ? positionals : ['--workers', '1'];
const files = args.file ? [resolve(args.file)] : profileRun();

/** Runs generate under --cpu-prof in a temp folder; returns the .cpuprofile paths (one per thread). */
function profileRun() {
  if (!existsSync(BIN)) {
    process.stderr.write('profile: dist/apps/cli/main.js is missing: run `npx nx run cli:build` first\n');
    process.exit(2);
  }
  const dir = mkdtempSync(join(os.tmpdir(), 'synth-profile-'));
  const argv = ['--cpu-prof', `--cpu-prof-dir=${join(dir, 'prof')}`, BIN, 'generate', ...flags, '--json'];
  argv.push('--outdir', join(dir, 'data'), '--pairs-out', join(dir, 'pairs'), '--report-dir', join(dir, 'reports'));
  const run = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) {
    process.stderr.write(`profile: synth generate exited with ${run.status}\n${run.stderr}`);
    process.exit(1);
  }
  return readdirSync(join(dir, 'prof'))
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, 'prof', f));
}

for (const file of files) {
  const summary = summarizeCpuProfile(JSON.parse(readFileSync(file, 'utf8')), top);
  const row = (e) => [e.name, Math.round(e.ms).toLocaleString('en-US'), `${(e.share * 100).toFixed(1)}%`];
  process.stdout.write(
    [
      `### ${file}`,
      '',
      `${args.file ? 'profile' : `generate ${flags.join(' ')}`}: ` +
        `${Math.round(summary.totalMs).toLocaleString('en-US')} ms sampled, ` +
        `garbage collector ${(summary.gcShare * 100).toFixed(1)}%`,
      '',
      markdownTable(['function (self time)', 'ms', 'share'], summary.self.map(row)),
      '',
      markdownTable(['function (inclusive time)', 'ms', 'share'], summary.inclusive.map(row)),
      '',
    ].join('\n'),
  );
}
