import fs from 'node:fs';
import path from 'node:path';
import { summarySchema, validateAgainstSchema } from '@synth/validation';
import { generateDataset } from './generate-dataset';
import { PipelineError } from './pipeline-error';
import { filesBelow, tempDirs, TINY } from './testing-internal/temp-dirs';

jest.setTimeout(120_000);

describe(generateDataset, () => {
  const temp = tempDirs();
  afterEach(() => {
    jest.restoreAllMocks();
    temp.removeAll();
  });

  it('should write every output of the tiny profile and resolve to a summary satisfying summarySchema', async () => {
    const { dir, dirs } = temp.make();
    const summary = await generateDataset({ ...TINY, ...dirs });
    expect(Object.keys(filesBelow(dir)).sort()).toEqual(
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
    expect(summary.validation.ok).toBe(true);
    expect(summary.counts.leads.records).toBe(100);
    expect(validateAgainstSchema(summary, summarySchema)).toEqual([]);
    const written = JSON.parse(fs.readFileSync(path.join(dirs.reportDir, 'synth_summary.json'), 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(summary)));
  });

  it('should report progress per block, then validation', async () => {
    const { dirs } = temp.make();
    const stages: string[] = [];
    await generateDataset({ ...TINY, ...dirs }, { onProgress: (p) => stages.push(`${p.stage}:${p.done}/${p.total}`) });
    expect(stages[0]).toMatch(/^generate:\d+\/\d+$/);
    expect(stages[stages.length - 1]).toMatch(/^validate:0\/\d+$/);
  });

  it.each([
    [{ nLeads: 0 }, 'nLeads', 'nLeads must be from 1 to 50,000,000 (got 0).'],
    [{ seed: 1.5 }, 'seed', 'seed must be a whole number from 0 to 2,147,483,647 (got "1.5").'],
    [{ dupExponent: 11 }, 'dupExponent', 'dupExponent must be from 0.1 to 10 (got 11).'],
    [{ locale: 'FR' as 'US' }, 'locale', 'locale must be one of US, CA, US+CA (got "FR").'],
    [
      { splits: '70/30' },
      'splits',
      'splits must be three positive numbers train/valid/test, e.g. 70/15/15 (got "70/30").',
    ],
    [{ blockSize: 1500 }, 'blockSize', 'blockSize must be a multiple of 1,000 entities (got 1500).'],
  ])('should refuse %j before writing anything, naming the option', async (bad, option, message) => {
    const { dir, dirs } = temp.make();
    const error = await generateDataset({ ...TINY, ...dirs, ...bad }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PipelineError);
    expect(error).toMatchObject({ kind: 'input', option, message });
    expect(filesBelow(dir)).toEqual({});
  });

  describe('cancelling through the AbortSignal', () => {
    it('should refuse to start with an aborted signal and write nothing', async () => {
      const { dir, dirs } = temp.make();
      const error = await generateDataset({ ...TINY, ...dirs }, { signal: AbortSignal.abort() }).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ kind: 'aborted' });
      expect(filesBelow(dir)).toEqual({});
    });

    it('should stop mid-run, remove its temporaries and leave the previous outputs as they were', async () => {
      const { dir, dirs } = temp.make();
      const several = { ...TINY, ...dirs, nLeads: 2500, nSales: 500, nFinancial: 500, blockSize: 1000 };
      await generateDataset(several);
      const before = filesBelow(dir);
      const controller = new AbortController();
      let blocks = 0;
      const onProgress = () => {
        if (++blocks === 2) controller.abort();
      };
      const error = await generateDataset({ ...several, seed: 7 }, { onProgress, signal: controller.signal }).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ kind: 'aborted' });
      expect(blocks).toBe(2);
      expect(filesBelow(dir)).toEqual(before);
    });
  });

  describe('environment errors', () => {
    it.each(['ENOSPC', 'EACCES', 'EROFS', 'EMFILE'])(
      'should turn %s on a file into one environment error naming the file, keeping earlier outputs',
      async (code) => {
        const { dir, dirs } = temp.make();
        await generateDataset({ ...TINY, ...dirs });
        const before = filesBelow(dir);
        const openSync = fs.openSync;
        jest.spyOn(fs, 'openSync').mockImplementation((file, ...rest) => {
          if (String(file).includes('truth.csv.tmp-')) {
            throw Object.assign(new Error(`${code}: injected, open '${String(file)}'`), { code, path: String(file) });
          }
          return openSync(file, ...rest);
        });
        const error = await generateDataset({ ...TINY, ...dirs, seed: 9 }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(PipelineError);
        expect(error).toMatchObject({ kind: 'environment', code, file: path.join(dirs.outdir, 'truth.csv') });
        expect((error as Error).message).toContain(`${path.join(dirs.outdir, 'truth.csv')}: `);
        expect((error as Error).message).toContain(`(${code}); `);
        expect((error as Error).message.split('\n')).toHaveLength(1);
        expect(filesBelow(dir)).toEqual(before);
      },
    );
  });
});
