import path from 'node:path';
import { checkDedupeExport, checkSplinkExport, checkZinggExport } from '../testing-internal/check-export';
import { tempRun, removeTempRuns } from '../testing-internal/temp-workspace';
import { assertBuilt, runBinary } from './run-binary';

jest.setTimeout(240_000);

describe('the built synth: generate --dev, then export for Splink, dedupe and Zingg', () => {
  afterEach(removeTempRuns);
  const run = tempRun('synth-export-e2e-', true);
  const data = ['--outdir', path.join(run.dir, 'synth'), '--pairs-out', path.join(run.dir, 'pairs')];
  const exportTo = (format: string) =>
    runBinary(['export', '--format', format, ...data, '--out', path.join(run.dir, format)]);

  beforeAll(() => {
    assertBuilt();
    expect(runBinary(['generate', ...run.flags, '--dev']).code).toBe(0);
  });
  afterAll(() => run.remove());

  it('should export the dev profile for Splink: 3,000 records, every pair, read back with DuckDB', async () => {
    const r = exportTo('splink');
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const { records, pairs, problems } = await checkSplinkExport(run.dir, path.join(run.dir, 'splink'));
    expect(problems).toEqual([]);
    expect(records).toBe(3000);
    expect(pairs).toBeGreaterThan(1000);
    expect(r.stdout).toContain('records.csv: 3,000 records (leads 1,000, sales 1,000, financial 1,000)');
  });

  it('should export the dev train split for dedupe and Zingg', async () => {
    expect(exportTo('dedupe').code).toBe(0);
    const { match, distinct, problems } = await checkDedupeExport(run.dir, path.join(run.dir, 'dedupe'));
    expect(problems).toEqual([]);
    expect(match).toBeGreaterThan(100);
    expect(distinct).toBeGreaterThanOrEqual(3 * match);
    expect(exportTo('zingg').code).toBe(0);
    const zingg = await checkZinggExport(run.dir, path.join(run.dir, 'zingg'));
    expect(zingg.problems).toEqual([]);
    expect(zingg.pairs).toBe(match + distinct);
  });

  it('should exit 2 for an unknown format, naming the allowed ones', () => {
    const r = exportTo('weka');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be one of splink, dedupe, zingg (got "weka").');
  });
});
