import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { allHashed, checkDedupeExport, checkSplinkExport, checkZinggExport } from '../testing-internal/check-export';
import { runCapture } from '../testing-internal/run-capture';
import { tempRun, TINY, removeTempRuns } from '../testing-internal/temp-workspace';

jest.setTimeout(180_000);

describe('synth export', () => {
  afterEach(removeTempRuns);
  const run = tempRun('synth-export-', true);
  const data = ['--outdir', path.join(run.dir, 'synth'), '--pairs-out', path.join(run.dir, 'pairs')];
  const out = (name: string) => path.join(run.dir, 'export', name);

  beforeAll(async () => {
    expect((await runCapture(['generate', ...run.flags, ...TINY])).code).toBe(0);
  });
  afterAll(() => run.remove());

  it('should write Splink records and labels that DuckDB reads back equal to the dataset', async () => {
    const argv = ['export', '--format', 'splink', ...data, '--out', out('splink')];
    const { code, stdout, stderr } = await runCapture(argv);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const { records, pairs, problems } = await checkSplinkExport(run.dir, out('splink'));
    expect(problems).toEqual([]);
    expect(records).toBe(200);
    expect(stdout).toContain(`records.parquet, records.csv: ${records} records (leads 100, sales 50, financial 50)`);
    expect(stdout).toContain(`labels.csv: ${pairs.toLocaleString('en-US')} pairs`);
    expect(stdout).toContain('unique_id is the source id: ids are unique across the three sources');
    expect(stdout).toContain('PII: plain');
    expect(readdirSync(out('splink')).sort()).toEqual(['README.md', 'labels.csv', 'records.csv', 'records.parquet']);
    const readme = readFileSync(path.join(out('splink'), 'README.md'), 'utf8');
    expect(readme).toContain('link_type="link_and_dedupe"');
    expect(readme).toContain('cl.NameComparison("first_name")');
    expect(readme).toContain('block_on("email")');
  });

  it('should have checks that catch a wrong label (the Splink check is not vacuous)', async () => {
    const labels = path.join(out('splink'), 'labels.csv');
    const original = readFileSync(labels, 'utf8');
    const lines = original.split('\n');
    const cells = lines[1].split(',');
    cells[4] = cells[4] === '1' ? '0' : '1';
    lines[1] = cells.join(',');
    writeFileSync(labels, lines.join('\n'));
    const { problems } = await checkSplinkExport(run.dir, out('splink'));
    writeFileSync(labels, original);
    expect(problems.map((p) => p.what)).toEqual(['score = y']);
  });

  it('should write dedupe training pairs of whole records from the train split', async () => {
    const { code, stdout } = await runCapture(['export', '--format', 'dedupe', ...data, '--out', out('dedupe')]);
    expect(code).toBe(0);
    const { match, distinct, problems } = await checkDedupeExport(run.dir, out('dedupe'));
    expect(problems).toEqual([]);
    expect(match).toBeGreaterThan(0);
    expect(distinct).toBeGreaterThan(0);
    expect(stdout).toContain(`training.json: train split, ${match} match and ${distinct} distinct pairs`);
  });

  it('should write Zingg training samples, two rows per pair, with matching field definitions', async () => {
    const { code } = await runCapture(['export', '--format', 'zingg', ...data, '--out', out('zingg')]);
    expect(code).toBe(0);
    const zingg = await checkZinggExport(run.dir, out('zingg'));
    expect(zingg.problems).toEqual([]);
    expect(zingg.pairs).toBeGreaterThan(0);
    expect(readdirSync(out('zingg')).sort()).toEqual(['README.md', 'training-samples.csv', 'zingg-fields.json']);
  });

  it('should export a hashed dataset hashed, and say so on stdout and in the README', async () => {
    const hashed = tempRun('synth-export-hashed-');
    const salt = path.join(hashed.dir, 'salt');
    writeFileSync(salt, 'pepper\n');
    const generated = await runCapture(['generate', ...hashed.flags, ...TINY, '--pii', 'hashed', '--salt-file', salt]);
    expect(generated.code).toBe(0);
    const dir = path.join(hashed.dir, 'export');
    const folders = ['--outdir', path.join(hashed.dir, 'synth'), '--pairs-out', path.join(hashed.dir, 'pairs')];
    const r = await runCapture(['export', '--format', 'splink', ...folders, '--out', dir]);
    expect(r.code).toBe(0);
    const columns = 'email, phone, first_name, last_name, company, address';
    expect(r.stdout).toContain(`PII: hashed (generated with --pii hashed): ${columns} hold sha256 hex`);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toContain('**PII is hashed.**');
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toContain('cl.ExactMatch("first_name")');
    for (const column of ['email', 'first_name', 'last_name', 'address']) {
      expect([column, await allHashed(dir, column)]).toEqual([column, true]);
    }
    expect(await allHashed(dir, 'city')).toBe(false);
    expect((await checkSplinkExport(hashed.dir, dir)).problems).toEqual([]);
  });

  it("should read a shard's part files (here --shard 0/1) as the whole dataset they hold", async () => {
    const sharded = tempRun('synth-export-shard-');
    expect((await runCapture(['generate', ...sharded.flags, ...TINY, '--shard', '0/1'])).code).toBe(0);
    expect(readdirSync(path.join(sharded.dir, 'synth'))).toContain('leads.part-00000-of-00001.csv');
    const dir = path.join(sharded.dir, 'export');
    const folders = ['--outdir', path.join(sharded.dir, 'synth'), '--pairs-out', path.join(sharded.dir, 'pairs')];
    const r = await runCapture(['export', '--format', 'splink', ...folders, '--out', dir]);
    expect(r.code).toBe(0);
    // Same seed and options as the whole run above: the same records and labels, byte for byte.
    for (const f of ['records.csv', 'labels.csv']) {
      const same = readFileSync(path.join(dir, f), 'utf8') === readFileSync(path.join(out('splink'), f), 'utf8');
      expect([f, same]).toEqual([f, true]);
    }
  });

  it.each([
    [['--format', 'csv'], '--format must be one of splink, dedupe, zingg (got "csv").'],
    [[], '--format is required: one of splink, dedupe, zingg.'],
    [
      ['--format', 'splink', '--outdir', '/nonexistent/synth'],
      'No dataset to export: missing /nonexistent/synth/leads.csv, /nonexistent/synth/sales.csv',
    ],
    [
      ['--format', 'zingg', '--pairs-out', '/nonexistent/pairs'],
      'missing /nonexistent/pairs/train.parquet, /nonexistent/pairs/valid.parquet, /nonexistent/pairs/test.parquet ' +
        '(or their .part-KKKKK-of-NNNNN shard files)',
    ],
  ])('should exit 2 with a clear message for %j and write nothing', async (flags, message) => {
    const target = out('bad');
    const argv = ['export', ...data, '--out', target, ...flags];
    const { code, stdout, stderr } = await runCapture(argv);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain(message);
    expect(existsSync(target)).toBe(false);
  });

  it('should exit 2 when --out is a file', async () => {
    const file = path.join(run.dir, 'a-file');
    writeFileSync(file, 'x');
    const { code, stderr } = await runCapture(['export', '--format', 'splink', ...data, '--out', file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--out ${file} is not a writable folder (ENOTDIR). Give a folder you can write to.`);
  });

  it('should exit 2 and leave the export folder as it was when a record is missing from truth.csv', async () => {
    const truth = path.join(run.dir, 'synth/truth.csv');
    const original = readFileSync(truth, 'utf8');
    const lines = original.split('\n');
    const dropped = lines.splice(5, 1)[0].split(',');
    writeFileSync(truth, lines.join('\n'));
    const before = readFileSync(path.join(out('splink'), 'records.csv'));
    const { code, stderr } = await runCapture(['export', '--format', 'splink', ...data, '--out', out('splink')]);
    writeFileSync(truth, original);
    expect(code).toBe(2);
    expect(stderr).toContain(`id ${dropped[1]} is not in truth.csv`);
    expect(readFileSync(path.join(out('splink'), 'records.csv'))).toEqual(before);
    expect(readdirSync(out('splink')).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('should explain itself in --help, with examples and exit codes', async () => {
    const { code, stdout } = await runCapture(['export', '--help']);
    expect(code).toBe(0);
    const texts = ['--format', '--outdir', '--pairs-out', '--out', 'Exit codes: 0 written', 'export --format splink'];
    for (const text of [...texts, 'export --format dedupe', 'export --format zingg']) {
      expect(stdout).toContain(text);
    }
  });
});
