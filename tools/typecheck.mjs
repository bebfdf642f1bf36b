#!/usr/bin/env node
// Type-checks every project's sources and tests (`tsc --noEmit` on each tsconfig.lib/app/spec.json).
// Jest runs through SWC without type-checking, so this is where test code gets its types checked.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const projects = ['libs', 'apps'].flatMap((d) => readdirSync(path.join(root, d)).map((p) => path.join(d, p)));
projects.push('tools/workspace');
let failed = 0;
for (const project of projects) {
  for (const cfg of ['tsconfig.lib.json', 'tsconfig.app.json', 'tsconfig.spec.json', 'tsconfig.json']) {
    const file = path.join(root, project, cfg);
    if (!existsSync(file)) continue;
    if (cfg === 'tsconfig.json' && project !== 'tools/workspace') continue;
    try {
      execFileSync(path.join(root, 'node_modules/.bin/tsc'), ['-p', file, '--noEmit'], { cwd: root, stdio: 'inherit' });
      console.log(`typecheck: ok ${project}/${cfg}`);
    } catch {
      failed++;
      console.log(`typecheck: FAILED ${project}/${cfg}`);
    }
  }
}
process.exit(failed ? 1 : 0);
