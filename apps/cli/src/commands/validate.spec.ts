import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCapture } from '../testing-internal/run-capture';
import { removeTempRuns, tempRun, TINY, SCHEMA } from '../testing-internal/temp-workspace';

jest.setTimeout(120_000);

describe('synth validate and synth report', () => {
  const run = tempRun('synth-cli-', true);
  const dirs = () => ['--outdir', path.join(run.dir, 'synth'), '--pairs-out', path.join(run.dir, 'pairs')];

  beforeAll(async () => {
    expect((await runCapture(['generate', ...run.flags, ...TINY])).code).toBe(0);
  });
  afterAll(() => run.remove());
  afterEach(removeTempRuns);

  it('should pass every check on an untouched dataset', async () => {
    const { code, stdout } = await runCapture(['validate', '--schema', SCHEMA, ...dirs(), '--no-gates']);
    expect(code).toBe(0);
    expect(stdout).toContain('16/16 checks passed');
  });

  it('should fail with exit code 1 and name the check when a user edits an email', async () => {
    const file = path.join(run.dir, 'synth/leads.csv');
    const original = readFileSync(file, 'utf8');
    const lines = original.split('\n');
    const cells = lines[1].split(',');
    cells[1] = 'not-an-email';
    lines[1] = cells.join(',');
    writeFileSync(file, lines.join('\n'));
    const { code, stdout, stderr } = await runCapture(['validate', '--schema', SCHEMA, ...dirs(), '--no-gates']);
    writeFileSync(file, original);
    expect(code).toBe(1);
    expect(stdout).toMatch(/FAIL {2}email_format .*leads\.csv line 2/);
    expect(stderr).toContain('validation failed: email_format');
  });

  it('should be a usage error (exit 2) when the dataset is missing', async () => {
    const { code, stderr } = await runCapture([
      'validate',
      '--schema',
      SCHEMA,
      '--outdir',
      path.join(run.dir, 'nowhere'),
      '--pairs-out',
      path.join(run.dir, 'pairs'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('No dataset to validate: missing');
  });

  it('should rebuild the HTML from the summary, and refuse a summary that is not one', async () => {
    const html = path.join(run.dir, 'reports/synth_summary.html');
    rmSync(html);
    const ok = await runCapture(['report', '--report-dir', path.join(run.dir, 'reports')]);
    expect(ok.code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('<svg');
    const bad = tempRun();
    writeFileSync(path.join(bad.dir, 'synth_summary.json'), '{"seed": 1}');
    const r = await runCapture(['report', '--report-dir', bad.dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a synth summary');
  });
});
