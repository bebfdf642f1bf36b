import fs, { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { summarySchema, validateAgainstSchema } from '@synth/validation';
import { GENERATE_OPTION_TABLE, generateDataset } from '@synth/pipeline';
import { runCapture } from '../testing-internal/run-capture';
import { tempRun, TINY, SCHEMA, removeTempRuns } from '../testing-internal/temp-workspace';

jest.setTimeout(120_000);

describe('synth generate (through the real Cli)', () => {
  afterEach(removeTempRuns);

  it('should write every output of the tiny profile and a summary that satisfies summarySchema', async () => {
    const run = tempRun();
    const { code, stdout, stderr } = await runCapture(['generate', ...run.flags, ...TINY]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // 16 dataset checks and the 2 file checks of validation folded into the blocks.
    expect(stdout).toContain('validation: 18/18 checks passed');
    const files = Object.keys(run.files()).sort();
    expect(files).toEqual(
      [
        'pairs/pairs.csv',
        'pairs/test.parquet',
        'pairs/train.parquet',
        'pairs/valid.parquet',
        'reports/synth_summary.html',
        'reports/synth_summary.json',
        'synth/financial.csv',
        'synth/leads.csv',
        'synth/sales.csv',
        'synth/truth.csv',
      ].sort(),
    );
    const summary = JSON.parse(readFileSync(path.join(run.dir, 'reports/synth_summary.json'), 'utf8'));
    expect(validateAgainstSchema(summary, summarySchema)).toEqual([]);
    expect(summary.seed).toBe(42);
    expect(summary.counts.leads.records).toBe(100);
    expect(summary.counts.sales.records).toBe(50);
    const leads = readFileSync(path.join(run.dir, 'synth/leads.csv'), 'utf8').trim().split('\n');
    expect(leads).toHaveLength(101);
    expect(
      leads[0].startsWith(
        'id,email,phone,first_name,last_name,company,address,city,state,zip,country,source,created_at',
      ),
    ).toBe(true);
  });

  it('should print the summary JSON on stdout with --json', async () => {
    const run = tempRun();
    const { code, stdout } = await runCapture(['generate', ...run.flags, ...TINY, '--json']);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    const written = JSON.parse(readFileSync(path.join(run.dir, 'reports/synth_summary.json'), 'utf8'));
    expect(printed).toEqual(written);
  });

  it('should give byte-identical data files for the same seed and different ones for another seed', async () => {
    const a = tempRun();
    const b = tempRun();
    const c = tempRun();
    await runCapture(['generate', ...a.flags, ...TINY, '--seed', '7']);
    await runCapture(['generate', ...b.flags, ...TINY, '--seed', '7']);
    await runCapture(['generate', ...c.flags, ...TINY, '--seed', '8']);
    const data = (r: ReturnType<typeof tempRun>) =>
      Object.fromEntries(
        Object.entries(r.files())
          .filter(([f]) => !f.startsWith('reports/'))
          .map(([f, b]) => [f, b.toString('base64')]),
      );
    expect(data(a)).toEqual(data(b));
    expect(data(a)['synth/leads.csv']).not.toEqual(data(c)['synth/leads.csv']);
  });

  it.each([
    [['--n-leads=-5'], '--n-leads must be from 1 to 50,000,000 (got -5).'],
    [['--n-leads', '-5'], '--n-leads must be from 1 to 50,000,000 (got -5).'],
    [['--seed', '-1'], '--seed must be from 0 to 2,147,483,647 (got -1).'],
    [['--dup-rate', '-0.1'], '--dup-rate must be from 0 to 0.5 (got -0.1).'],
    [['--n-sales', 'many'], '--n-sales must be a whole number from 1 to 50,000,000 (got "many").'],
    [['--n-financial', '0'], '--n-financial must be from 1 to 50,000,000 (got 0).'],
    [['--n-leads', '999999999999'], '--n-leads must be from 1 to 50,000,000 (got 999999999999).'],
    [['--dup-rate', '0.7'], '--dup-rate must be from 0 to 0.5 (got 0.7).'],
    [['--overlap', 'x'], '--overlap must be a number from 0 to 1 (got "x").'],
    [['--neg-ratio', '2'], '--neg-ratio must be from 3 to 5 (got 2).'],
    [['--locale', 'FR'], '--locale must be one of US, CA, US+CA (got "FR").'],
    [['--pii', 'secret'], '--pii must be one of plain, hashed (got "secret").'],
    [['--dup-dist', 'normal'], '--dup-dist must be one of uniform, poisson, zipf (got "normal").'],
    [['--splits', '70/30'], '--splits must be three positive numbers train/valid/test, e.g. 70/15/15 (got "70/30").'],
    [['--seed', '1.5'], '--seed must be a whole number from 0 to 2,147,483,647 (got "1.5").'],
    [['--schema', '/nonexistent/schema.json'], '--schema:'],
    [
      ['--noise-profile', '/nonexistent/noise.json'],
      '--noise-profile /nonexistent/noise.json cannot be read (ENOENT).',
    ],
    [['--pii', 'hashed', '--salt-file', '/nonexistent/salt'], '--salt-file /nonexistent/salt cannot be read (ENOENT).'],
    [['--no-such-flag'], 'Command not found; did you mean'],
  ])('should refuse %j with exit code 2, a message on stderr and no output', async (args, message) => {
    const run = tempRun();
    const { code, stdout, stderr } = await runCapture(['generate', ...run.flags, ...TINY, ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(Object.keys(run.files())).toEqual([]);
  });

  it('should refuse a malformed schema file, naming the file, line and column', async () => {
    const run = tempRun();
    const bad = path.join(run.dir, 'bad.json');
    writeFileSync(bad, '{\n  "name": "x",\n  "entities": {,\n}\n');
    const { code, stderr } = await runCapture(['generate', ...run.flags, ...TINY, '--schema', bad]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--schema: bad\.json:3:\d+: invalid JSON/);
    expect(existsSync(path.join(run.dir, 'synth/leads.csv'))).toBe(false);
  });

  it('should refuse an unwritable output folder', async () => {
    const run = tempRun();
    const file = path.join(run.dir, 'a-file');
    writeFileSync(file, 'x');
    const { code, stderr } = await runCapture(['generate', ...run.flags, ...TINY, '--outdir', path.join(file, 'sub')]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--outdir ${path.join(file, 'sub')} is not a writable folder`);
  });

  it('should create no output folder when one of them is unusable', async () => {
    const run = tempRun();
    const file = path.join(run.dir, 'a-file');
    writeFileSync(file, 'x');
    const { code, stderr } = await runCapture([
      'generate',
      ...run.flags,
      ...TINY,
      '--report-dir',
      path.join(file, 'r'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--report-dir ${path.join(file, 'r')} is not a writable folder (ENOTDIR)`);
    expect(existsSync(path.join(run.dir, 'synth'))).toBe(false);
    expect(existsSync(path.join(run.dir, 'pairs'))).toBe(false);
  });

  it('should refuse --pii hashed without a salt', async () => {
    const run = tempRun();
    const saved = process.env['SYNTH_PII_SALT'];
    delete process.env['SYNTH_PII_SALT'];
    const { code, stderr } = await runCapture(['generate', ...run.flags, ...TINY, '--pii', 'hashed']);
    if (saved !== undefined) process.env['SYNTH_PII_SALT'] = saved;
    expect(code).toBe(2);
    expect(stderr).toContain(
      '--pii hashed needs a salt: set the environment variable SYNTH_PII_SALT or give a salt file.',
    );
  });

  it('should write exactly the bytes of generateDataset for the same options (dev profile)', async () => {
    const cli = tempRun();
    const lib = tempRun();
    expect((await runCapture(['generate', ...cli.flags, '--dev', '--seed', '11', '--workers', '1'])).code).toBe(0);
    const [outdir, pairsOut, reportDir] = ['synth', 'pairs', 'reports'].map((d) => path.join(lib.dir, d));
    await generateDataset({ schema: SCHEMA, outdir, pairsOut, reportDir, dev: true, seed: 11, workers: 1 });
    const data = (r: ReturnType<typeof tempRun>) =>
      Object.fromEntries(
        Object.entries(r.files())
          .filter(([f]) => !f.startsWith('reports/'))
          .map(([f, b]) => [f, b.toString('base64')]),
      );
    expect(Object.keys(data(cli))).toHaveLength(8);
    expect(data(cli)).toEqual(data(lib));
  });

  it.each(['ENOSPC', 'EACCES', 'EROFS', 'EMFILE'])(
    'should report %s in one line on stderr with exit code 3, no stack, earlier outputs untouched',
    async (code) => {
      const run = tempRun();
      expect((await runCapture(['generate', ...run.flags, ...TINY])).code).toBe(0);
      const before = run.files();
      const openSync = fs.openSync;
      const spy = jest.spyOn(fs, 'openSync').mockImplementation((file, ...rest) => {
        if (String(file).includes('leads.csv.tmp-')) throw Object.assign(new Error(`${code}: injected`), { code });
        return openSync(file, ...rest);
      });
      const { code: exit, stdout, stderr } = await runCapture(['generate', ...run.flags, ...TINY, '--seed', '5']);
      spy.mockRestore();
      expect(exit).toBe(3);
      expect(stdout).toBe('');
      const file = path.join(run.dir, 'synth/leads.csv');
      expect(stderr).toMatch(
        new RegExp(`^synth: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+ \\(${code}\\); .+\n$`),
      );
      expect(stderr.split('\n')).toHaveLength(2);
      expect(run.files()).toEqual(before);
    },
  );

  it.each(['EROFS', 'EACCES'])(
    'should report %s on an output folder found before the run in one line with exit code 3, writing nothing',
    async (code) => {
      const run = tempRun();
      const accessSync = fs.accessSync;
      const spy = jest.spyOn(fs, 'accessSync').mockImplementation((file, mode) => {
        if (String(file) === run.dir) throw Object.assign(new Error(`${code}: injected`), { code });
        return accessSync(file, mode);
      });
      const { code: exit, stdout, stderr } = await runCapture(['generate', ...run.flags, ...TINY]);
      spy.mockRestore();
      expect([exit, stdout]).toEqual([3, '']);
      expect(stderr.startsWith(`synth: --outdir ${path.join(run.dir, 'synth')}: `)).toBe(true);
      expect(stderr.endsWith('Nothing was written.\n')).toBe(true);
      expect(stderr).toContain(`(${code}); `);
      expect(stderr.split('\n')).toHaveLength(2);
      expect(Object.keys(run.files())).toEqual([]);
    },
  );

  it('should print the stack of an environment error with SYNTH_DEBUG=1', async () => {
    const run = tempRun();
    const openSync = fs.openSync;
    const spy = jest.spyOn(fs, 'openSync').mockImplementation((file, ...rest) => {
      if (String(file).includes('leads.csv.tmp-'))
        throw Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' });
      return openSync(file, ...rest);
    });
    const { code, stderr } = await runCapture(['generate', ...run.flags, ...TINY], { SYNTH_DEBUG: '1' });
    spy.mockRestore();
    expect(code).toBe(3);
    expect(stderr).toContain('(ENOSPC)');
    expect(stderr).toMatch(/\n\s+at /);
  });

  it('should build --help from the option tables, with value names instead of #0', async () => {
    const { code, stdout } = await runCapture(['generate', '--help']);
    expect(code).toBe(0);
    expect(stdout).not.toContain('#0');
    expect(stdout).toContain('--seed <n>');
    expect(stdout).toContain('--locale <US|CA|US+CA>');
    expect(stdout).toContain('--dup-exponent <x>');
    for (const [name, spec] of Object.entries(GENERATE_OPTION_TABLE)) {
      const flag = `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
      expect(stdout).toContain(flag);
      expect(stdout).toContain(spec.description.slice(0, 30));
    }
    const { max } = GENERATE_OPTION_TABLE.dupExponent;
    expect(stdout).toContain(`–${max}`);
    // Every option's description starts in the same column, whatever the length of its value name.
    const columns = stdout
      .split('\n')
      .filter((l) => /^ {2}--/.test(l))
      .map((l) => l.search(/ {4}\S/));
    expect(columns.length).toBeGreaterThan(25);
    expect(new Set(columns).size).toBe(1);
  });

  it('should document every option with its default and the exit codes in --help', async () => {
    const { code, stdout } = await runCapture(['generate', '--help']);
    expect(code).toBe(0);
    for (const flag of [
      '--schema',
      '--outdir',
      '--pairs-out',
      '--report-dir',
      '--n-leads',
      '--n-sales',
      '--n-financial',
      '--dev',
      '--dup-rate',
      '--overlap',
      '--seed',
      '--pii',
      '--locale',
      '--noise-profile',
      '--neg-ratio',
      '--json',
    ]) {
      expect(stdout).toContain(flag);
    }
    expect(stdout).toContain('Exit codes');
    expect(SCHEMA).toContain('automotive_schemas.json');
  });
});
