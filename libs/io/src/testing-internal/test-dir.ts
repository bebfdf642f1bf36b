import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary folder for a test, with a listing helper; call `remove()` in afterEach. */
export function testDir(): { dir: string; path: (name: string) => string; list: () => string[]; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'synth-io-'));
  return {
    dir,
    path: (name) => join(dir, name),
    list: () => readdirSync(dir).sort(),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
