import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository root (tests run from anywhere). */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const SCHEMA = path.join(REPO_ROOT, 'automotive_schemas.json');

/** Temporary folders of one test file: `make()` in a test, `removeAll()` in `afterEach`. */
export function tempDirs(prefix = 'synth-pipeline-') {
  const made: string[] = [];
  return {
    /** A fresh folder with the three output folders of a run inside it. */
    make() {
      const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
      made.push(dir);
      const dirs = {
        outdir: path.join(dir, 'synth'),
        pairsOut: path.join(dir, 'pairs'),
        reportDir: path.join(dir, 'reports'),
      };
      return { dir, dirs };
    },
    removeAll() {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every file below `dir`, relative path → sha256 of its content. */
export function filesBelow(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** The tiny profile of the tests: 100 / 50 / 50 records, gates off, one thread. */
export const TINY = { nLeads: 100, nSales: 50, nFinancial: 50, gates: false, workers: 1, schema: SCHEMA } as const;
