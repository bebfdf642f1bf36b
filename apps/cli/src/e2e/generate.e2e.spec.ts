import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { summarySchema, validateAgainstSchema } from '@synth/validation';
import { loadSchema } from '@synth/schema';
import { readCsv } from '@synth/io';
import { SCHEMA, tempRun, TINY, removeTempRuns } from '../testing-internal/temp-workspace';
import { assertBuilt, runBinary, startBinary } from './run-binary';

jest.setTimeout(300_000);

const walk = (d: string): string[] =>
  readdirSync(d).flatMap((n) => (statSync(path.join(d, n)).isDirectory() ? walk(path.join(d, n)) : [path.join(d, n)]));

describe('the built synth binary', () => {
  afterEach(removeTempRuns);

  beforeAll(assertBuilt);

  it('should run the tiny profile and write every file and every summary key', () => {
    const run = tempRun('synth-e2e-');
    const r = runBinary(['generate', ...run.flags, ...TINY]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(readFileSync(path.join(run.dir, 'reports/synth_summary.json'), 'utf8'));
    expect(validateAgainstSchema(summary, summarySchema)).toEqual([]);
    for (const key of [
      'seed',
      'params',
      'versions',
      'counts',
      'duplicates',
      'overlap',
      'nulls',
      'uniqueness',
      'noise',
      'pairs',
      'validation',
      'warnings',
      'timings',
    ]) {
      expect(summary).toHaveProperty(key);
    }
    expect(readFileSync(path.join(run.dir, 'reports/synth_summary.html'), 'utf8')).toContain('<svg');
  });

  it('should pass every check and gate on the dev profile', () => {
    const run = tempRun('synth-e2e-');
    const r = runBinary(['generate', ...run.flags, '--dev', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.validation.ok).toBe(true);
    expect(summary.validation.checks.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['balance', 'gate_positives', 'gate_hard_negatives']),
    );
    expect(summary.validation.checks.every((c: { ok: boolean }) => c.ok)).toBe(true);
  });

  it('should exit 2 with a message on stderr for a bad flag, and 1 when a gate fails', () => {
    const run = tempRun('synth-e2e-');
    const bad = runBinary(['generate', ...run.flags, '--locale', 'FR']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('--locale must be one of US, CA, US+CA (got "FR").');
    const gated = runBinary(['generate', ...run.flags, '--n-leads', '100', '--n-sales', '50', '--n-financial', '50']);
    expect(gated.code).toBe(1);
    expect(gated.stderr).toContain('validation failed: gate_positives');
  });

  it('should leave no plain PII of the plain run anywhere in the hashed run, and never write the salt', async () => {
    const plain = tempRun('synth-e2e-');
    const hashed = tempRun('synth-e2e-');
    const salt = 'e2e-salt-3f9a1c77';
    expect(runBinary(['generate', ...plain.flags, ...TINY]).code).toBe(0);
    const r = runBinary(['generate', ...hashed.flags, ...TINY, '--pii', 'hashed'], { SYNTH_PII_SALT: salt });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { schema } = loadSchema(SCHEMA);
    const values = new Set<string>();
    // Text of the non-PII columns: a first name "America" also stands in the lender "Bank of America".
    let publicText = '';
    for (const source of ['leads', 'sales', 'financial'] as const) {
      const fields = schema.entities[source].fields;
      for await (const row of readCsv(path.join(plain.dir, `synth/${source}.csv`))) {
        for (const f of fields) {
          if (!f.pii) publicText += row[f.name] + '\n';
          else if (row[f.name] && row[f.name].length >= 4) values.add(row[f.name]);
        }
      }
    }
    for (const v of [...values]) if (publicText.includes(v)) values.delete(v);
    expect(values.size).toBeGreaterThan(500);
    const outputs = walk(hashed.dir).map((f) => readFileSync(f).toString('utf8'));
    outputs.push(r.stdout, r.stderr);
    for (const text of outputs) {
      expect(text).not.toContain(salt);
      // A value counts as found when it stands alone (not inside a longer word such as a JSON key).
      for (const v of values)
        if (new RegExp(`(^|[^A-Za-z0-9])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9])`).test(text))
          throw new Error(`plain PII value ${JSON.stringify(v)} found in the hashed run's outputs`);
    }
    const leads = readFileSync(path.join(hashed.dir, 'synth/leads.csv'), 'utf8').split('\n')[1].split(',');
    expect(leads[1]).toMatch(/^([0-9a-f]{64})?$/);
  });

  it('should leave earlier outputs intact and no temporaries when killed midway', async () => {
    const run = tempRun('synth-e2e-');
    expect(runBinary(['generate', ...run.flags, ...TINY]).code).toBe(0);
    const before = Object.fromEntries(walk(run.dir).map((f) => [f, readFileSync(f).toString('base64')]));
    const child = startBinary([
      'generate',
      ...run.flags,
      '--n-leads',
      '400000',
      '--n-sales',
      '40000',
      '--n-financial',
      '30000',
    ]);
    // Kill once the run has started writing its temporaries.
    await new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error('no temporary appeared within 60 s')), 60_000);
      const poll = setInterval(() => {
        if (walk(run.dir).some((f) => f.includes('.tmp-'))) {
          clearInterval(poll);
          clearTimeout(deadline);
          child.kill('SIGTERM');
          resolve();
        }
      }, 20);
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(143);
    const after = Object.fromEntries(walk(run.dir).map((f) => [f, readFileSync(f).toString('base64')]));
    expect(Object.keys(after).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(after).toEqual(before);
    writeFileSync(path.join(run.dir, 'done'), '');
  });

  it(
    'should keep the earlier dataset and its summary together ' +
      'when killed after the data is written (while validating)',
    async () => {
      const run = tempRun('synth-e2e-');
      expect(runBinary(['generate', ...run.flags, ...TINY]).code).toBe(0);
      const before = Object.fromEntries(walk(run.dir).map((f) => [f, readFileSync(f).toString('base64')]));
      // Test-only hook of the pipeline (libs/pipeline/src/internal/test-hold.ts): once every output is a complete
      // temporary, before the read-back and the renames, the run creates this file and waits to be killed.
      const held = path.join(run.dir, 'held');
      const child = startBinary(['generate', ...run.flags, '--dev', '--seed', '7'], {
        SYNTH_INTERNAL_TEST_HOLD: held,
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      await new Promise<void>((resolve, reject) => {
        const deadline = setTimeout(
          () => reject(new Error('the run did not reach the read-back within 120 s')),
          120_000,
        );
        child.once('exit', (code) => reject(new Error(`the run exited with ${code} before it was held`)));
        const poll = setInterval(() => {
          if (!existsSync(held)) return;
          clearInterval(poll);
          clearTimeout(deadline);
          resolve();
        }, 20);
      });
      // Held: the new dataset is complete, as temporaries beside the earlier one (killed whatever this finds).
      const temporaries = walk(run.dir).filter((f) => f.includes('.tmp-'));
      child.kill('SIGTERM');
      expect(await exited).toBe(143);
      expect(temporaries.some((f) => f.includes('truth.csv.tmp-'))).toBe(true);
      expect(temporaries.some((f) => f.includes('train.parquet.tmp-'))).toBe(true);
      const after = Object.fromEntries(
        walk(run.dir)
          .filter((f) => f !== held)
          .map((f) => [f, readFileSync(f).toString('base64')]),
      );
      expect(Object.keys(after).filter((f) => f.includes('.tmp-'))).toEqual([]);
      expect(after).toEqual(before);
    },
  );
});
