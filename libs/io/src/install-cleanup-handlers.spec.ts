import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCsvWriter } from './create-csv-writer';
import { createParquetWriter } from './create-parquet-writer';
import { installCleanupHandlers, SIGNAL_EXIT_CODES } from './install-cleanup-handlers';
import { removeOpenTemporaries } from './remove-open-temporaries';
import { testDir } from './testing-internal/test-dir';

const child = join(__dirname, 'testing-internal', 'write-until-signalled.ts');

/** Starts the writing child, waits for `ready`, sends the signal, resolves with the exit code. */
function signalMidway(dir: string, signal: 'SIGTERM' | 'SIGINT'): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['-r', '@swc-node/register', child, dir], {
      cwd: join(__dirname, '../../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) proc.kill(signal);
    });
    proc.on('error', reject);
    proc.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe(installCleanupHandlers, () => {
  let t: ReturnType<typeof testDir>;
  beforeEach(() => (t = testDir()));
  afterEach(() => t.remove());

  it.each([['SIGTERM' as const], ['SIGINT' as const]])(
    'should remove the temporaries and exit with 128+n on %s, keeping earlier good outputs',
    async (signal) => {
      writeFileSync(t.path('big.parquet'), 'earlier good output');
      const { code, stderr } = await signalMidway(t.dir, signal);
      expect(stderr).toBe('');
      expect(code).toBe(SIGNAL_EXIT_CODES[signal]);
      expect(t.list()).toEqual(['big.parquet']);
      expect(readFileSync(t.path('big.parquet'), 'utf8')).toBe('earlier good output');
    },
    // A child Node compiling TypeScript as it loads (@swc-node/register): 5.2-5.7 s on two loaded cores, a quarter of
    // the former 20 s. No timing is asserted.
    60_000,
  );

  it('should be idempotent and uninstallable', () => {
    const before = process.listenerCount('SIGTERM');
    const uninstall = installCleanupHandlers();
    expect(installCleanupHandlers()).toBe(uninstall);
    expect(process.listenerCount('SIGTERM')).toBe(before + 1);
    uninstall();
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });
});

describe(removeOpenTemporaries, () => {
  let t: ReturnType<typeof testDir>;
  beforeEach(() => (t = testDir()));
  afterEach(() => t.remove());

  it('should remove the temporaries of open writers only, leaving final paths and closed outputs', async () => {
    writeFileSync(t.path('leads.csv'), 'id\nold\n');
    const done = createCsvWriter(t.path('done.csv'), ['id']);
    await done.close();
    const open = createCsvWriter(t.path('leads.csv'), ['id']);
    await open.write({ id: 'new' });
    const pairs = createParquetWriter(t.path('train.parquet'), [{ name: 'y', type: 'int32' }]);
    await pairs.write({ y: 1 });
    expect(t.list()).toHaveLength(4);
    expect(removeOpenTemporaries().sort()).toEqual([open.tempPath, pairs.tempPath].sort());
    expect(t.list()).toEqual(['done.csv', 'leads.csv']);
    expect(readFileSync(t.path('leads.csv'), 'utf8')).toBe('id\nold\n');
    expect(removeOpenTemporaries()).toEqual([]);
    await open.abort();
    await pairs.abort();
  });
});
