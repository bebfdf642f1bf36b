import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository root (tests run from anywhere). */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const SCHEMA = path.join(REPO_ROOT, 'automotive_schemas.json');

const pending: string[] = [];

/** Removes every folder `tempRun` made for a test (call it in `afterEach`, so a failing test leaks none). */
export function removeTempRuns(): void {
  for (const dir of pending.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A fresh temporary folder with the output flags of `synth generate` pointing into it, removed by the next
 * `removeTempRuns()` — unless `shared` (a fixture of `beforeAll`, removed by its own `afterAll`).
 */
export function tempRun(prefix = 'synth-cli-', shared = false) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  if (!shared) pending.push(dir);
  const flags = [
    '--schema',
    SCHEMA,
    '--outdir',
    path.join(dir, 'synth'),
    '--pairs-out',
    path.join(dir, 'pairs'),
    '--report-dir',
    path.join(dir, 'reports'),
  ];
  return {
    dir,
    flags,
    /** Every file below the folder, relative path → content. */
    files(): Record<string, Buffer> {
      const out: Record<string, Buffer> = {};
      const walk = (d: string) => {
        for (const name of readdirSync(d)) {
          const p = path.join(d, name);
          if (statSync(p).isDirectory()) walk(p);
          else out[path.relative(dir, p)] = readFileSync(p);
        }
      };
      walk(dir);
      return out;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The tiny profile of the tests: 100 / 50 / 50 records, gates off. */
export const TINY = ['--n-leads', '100', '--n-sales', '50', '--n-financial', '50', '--no-gates'];
