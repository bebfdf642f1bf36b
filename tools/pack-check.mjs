#!/usr/bin/env node
// Packs the built @synth/features with `npm pack`, installs the tarball into an empty folder outside the
// workspace (no registry needed: the package has no dependencies), and imports it from an .mjs and a .cjs
// file, the way a Stage-2 service would. Also checks that it stays light: installed size under 2 MB and
// `require` prints nothing. Usage: node tools/pack-check.mjs [dist/libs/features]   (run `npm run build` first)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readdirSync, statSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const pkgDir = path.resolve(root, process.argv[2] ?? 'dist/libs/features');
if (!existsSync(path.join(pkgDir, 'package.json'))) {
  console.error(`pack-check: ${pkgDir} has no package.json; run \`npm run build\` first.`);
  process.exit(2);
}
const work = mkdtempSync(path.join(os.tmpdir(), 'synth-pack-check-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const fail = (msg) => {
  console.error(`pack-check: FAILED: ${msg}`);
  process.exit(1);
};

try {
  const tarball = run('npm', ['pack', pkgDir, '--pack-destination', work, '--silent'], root).trim().split('\n').pop();
  const app = path.join(work, 'app');
  run('mkdir', ['-p', app], work);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'stage2-probe', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--offline', path.join(work, tarball)], app);

  const sizeOf = (p) => {
    const s = statSync(p);
    return s.isDirectory() ? readdirSync(p).reduce((n, f) => n + sizeOf(path.join(p, f)), 0) : s.size;
  };
  const bytes = sizeOf(path.join(app, 'node_modules'));
  if (bytes > 2 * 1024 * 1024) fail(`node_modules is ${bytes} bytes after installing the tarball (limit 2 MB)`);

  const probe = `const a = { first_name: 'Alex', last_name: "O'Neil", email: 'alex.oneil@gmail.com' };
const b = { first_name: 'Alexander', last_name: 'ONeil', email: 'alexoneil@googlemail.com' };
const v = f.pairFeatures(a, b);
const jw = f.jaroWinkler('MARTHA', 'MARHTA').toFixed(4);
const out = { jw, names: f.featureNames.length, version: f.FEATURE_VERSION, keys: Object.keys(v).length };
console.log(JSON.stringify(out));`;
  writeFileSync(path.join(app, 'probe.mjs'), `import * as f from '@synth/features';\n${probe}\n`);
  writeFileSync(path.join(app, 'probe.cjs'), `const f = require('@synth/features');\n${probe}\n`);
  const results = {};
  for (const file of ['probe.mjs', 'probe.cjs']) {
    const out = run(process.execPath, [file], app).trim();
    const lines = out.split('\n');
    if (lines.length !== 1) fail(`${file} printed more than its own line (does the package print on load?):\n${out}`);
    const r = JSON.parse(lines[0]);
    if (r.jw !== '0.9611') fail(`${file}: jaroWinkler(MARTHA, MARHTA) = ${r.jw}, expected 0.9611`);
    if (!(r.names >= 8 && r.names === r.keys)) fail(`${file}: ${r.names} feature names but ${r.keys} values`);
    results[file] = r;
  }
  const loadMs = run(
    process.execPath,
    [
      '-e',
      "const t=process.hrtime.bigint();require('@synth/features');console.log(Number(process.hrtime.bigint()-t)/1e6)",
    ],
    app,
  ).trim();
  console.log(
    `pack-check: ok — ${tarball}, installed ${(bytes / 1024).toFixed(0)} KiB, ` +
      `require ${Number(loadMs).toFixed(1)} ms, ` +
      `${results['probe.mjs'].names} features (version ${results['probe.mjs'].version}), imported from .mjs and .cjs`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
