import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');
const script = path.join(root, 'tools', 'names', 'build-name-tables.mjs');
const committed = path.join(root, 'libs', 'entities', 'src', 'internal', 'tables', 'names');
// The raw U.S. Census files live next to the repository (`../shared/data/names`), as the script expects.
const raw = path.resolve(root, '..', 'shared', 'data', 'names');

describe('tools/names/build-name-tables.mjs', () => {
  let out = '';
  beforeAll(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'synth-name-tables-'));
    execFileSync(process.execPath, [script, '--raw', raw, '--out', out], { stdio: 'pipe' });
  }, 240_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('should rebuild the committed name tables byte for byte from the raw Census files', () => {
    const files = readdirSync(committed).sort();
    expect(readdirSync(out).sort()).toEqual(files);
    expect(files).toEqual(['first-names.ts', 'fr-ca-surnames.ts', 'surnames.ts']);
    for (const f of files) {
      const same = readFileSync(path.join(out, f)).equals(readFileSync(path.join(committed, f)));
      expect({ f, same }).toEqual({ f, same: true });
    }
  });

  it('should refuse a --raw folder without the Census files, with the path in the message', () => {
    const missing = path.join(out, 'no-such-folder');
    const run = () => execFileSync(process.execPath, [script, '--raw', missing, '--out', out], { stdio: 'pipe' });
    expect(run).toThrow(/no-such-folder lacks census1990-dist.male.first/);
  });
});
