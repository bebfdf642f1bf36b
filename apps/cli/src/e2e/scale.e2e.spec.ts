import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tempRun, removeTempRuns } from '../testing-internal/temp-workspace';
import { assertBuilt, runBinary } from './run-binary';

jest.setTimeout(300_000);

// 4,000 + 600 + 400 records ≈ 4,400 entities ⇒ 5 blocks of 1,000 entities.
const SMALL = ['--n-leads', '4000', '--n-sales', '600', '--n-financial', '400', '--block-size', '1000', '--no-gates'];
const FILES = ['synth/leads.csv', 'synth/sales.csv', 'synth/financial.csv', 'synth/truth.csv', 'pairs/pairs.csv'];

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('scale: worker threads and shards (built binary)', () => {
  afterEach(removeTempRuns);

  beforeAll(assertBuilt);

  it('should write the same bytes with --workers 1 and --workers 2', () => {
    const one = tempRun('synth-w1-');
    const two = tempRun('synth-w2-');
    expect(runBinary(['generate', ...one.flags, ...SMALL, '--workers', '1']).code).toBe(0);
    expect(runBinary(['generate', ...two.flags, ...SMALL, '--workers', '2']).code).toBe(0);
    for (const f of [...FILES, 'pairs/train.parquet', 'pairs/valid.parquet', 'pairs/test.parquet']) {
      expect(readFileSync(path.join(two.dir, f)).equals(readFileSync(path.join(one.dir, f)))).toBe(true);
    }
  });

  it('should catch a fault planted in a worker thread, as `synth validate` re-reading the files does', () => {
    const run = tempRun('synth-fault-');
    // Test-only hook (no flag): carried to the worker threads in their workerData.
    const fault = { SYNTH_INTERNAL_TEST_FAULT: JSON.stringify({ block: 3, kind: 'bad-email' }) };
    expect(runBinary(['generate', ...run.flags, ...SMALL, '--workers', '2'], fault).code).toBe(1);
    const summary = JSON.parse(read(run.dir, 'reports/synth_summary.json'));
    const failed = summary.validation.checks.filter((c: { ok: boolean }) => !c.ok);
    expect(failed).toMatchObject([{ name: 'email_format', failed: 1, where: 'block' }]);
    expect(failed[0].examples[0]).toMatch(/^leads\.csv id '\w+': email 'no-at-sign\.example\.com' has no @$/);
    const flags = run.flags.slice(0, 6);
    const reread = runBinary(['validate', ...flags, '--no-gates']);
    expect(reread.code).toBe(1);
    expect(reread.stderr).toBe('synth: validation failed: email_format\n');
  });

  it('should make shards whose part files, concatenated in order, are the single run', () => {
    const whole = tempRun('synth-whole-');
    const parts = tempRun('synth-parts-');
    expect(runBinary(['generate', ...whole.flags, ...SMALL]).code).toBe(0);
    for (let k = 0; k < 3; k++) {
      const r = runBinary(['generate', ...parts.flags, ...SMALL, '--shard', `${k}/3`]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    expect(readdirSync(path.join(parts.dir, 'synth')).sort()).toEqual(
      ['financial', 'leads', 'sales', 'truth']
        .flatMap((s) => [0, 1, 2].map((k) => `${s}.part-0000${k}-of-00003.csv`))
        .sort(),
    );
    for (const f of FILES) {
      const [dir, base] = f.split('/');
      const name = base.replace('.csv', '');
      const texts = [0, 1, 2].map((k) => read(parts.dir, `${dir}/${name}.part-0000${k}-of-00003.csv`));
      const header = texts[0].slice(0, texts[0].indexOf('\n') + 1);
      for (const t of texts) expect(t.startsWith(header)).toBe(true);
      const joined = header + texts.map((t) => t.slice(header.length)).join('');
      expect(joined).toBe(read(whole.dir, f));
    }
  });

  it('should take the shard index from JOB_COMPLETION_INDEX, as a Kubernetes indexed job gives it', () => {
    const run = tempRun('synth-k8s-');
    const r = runBinary(['generate', ...run.flags, ...SMALL, '--shard', '$JOB_COMPLETION_INDEX/3'], {
      JOB_COMPLETION_INDEX: '2',
    });
    expect(r.code).toBe(0);
    expect(readdirSync(path.join(run.dir, 'synth'))).toContain('leads.part-00002-of-00003.csv');
    const bad = runBinary(['generate', ...run.flags, ...SMALL, '--shard', '3/3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--shard must be k/n with 0 ≤ k < n ≤ 100000, e.g. 3/16 (got "3/3").');
  });
});
