import fs from 'node:fs';
import path from 'node:path';
import { featureNames } from '@synth/features';
import { loadSchema } from '@synth/schema';
import { VALIDATION_CHECKS } from '@synth/validation';
import type { ValidationReport } from '@synth/validation';
import { generateDataset } from './generate-dataset';
import { validateDataset } from './validate-dataset';
import { FAULT_ENV } from './internal/block-fault';
import type { BlockFault } from './internal/block-fault';
import { validateOutputs } from './internal/validate-outputs';
import { smokeModel } from './internal/smoke/smoke-model';
import { SCHEMA, tempDirs } from './testing-internal/temp-dirs';

jest.setTimeout(300_000);

// The dev profile in blocks of 1,000 entities: several blocks, so ids and pairs cross block boundaries.
const DEV = { dev: true, seed: 5, blockSize: 1000, schema: SCHEMA } as const;

/** Every figure of the dataset checks but the examples' wording (folded examples name blocks and ids). */
const counts = (r: ValidationReport) =>
  r.checks
    .filter((c) => VALIDATION_CHECKS.some((v) => v.name === c.name))
    .map(({ name, ok, checked, failed, detail }) => ({ name, ok, checked, failed, detail }));

async function withFault<T>(fault: BlockFault, run: () => Promise<T>): Promise<T> {
  process.env[FAULT_ENV] = JSON.stringify(fault);
  try {
    return await run();
  } finally {
    delete process.env[FAULT_ENV];
  }
}

describe('validation folded into the blocks', () => {
  const temp = tempDirs('synth-folded-');
  afterEach(() => temp.removeAll());

  it.each(['plain', 'hashed'] as const)(
    'should give the figures of a full re-read (PII %s): checks, profiles, strategies, histograms, smoke sample',
    async (pii) => {
      const { dir, dirs } = temp.make();
      const saltFile = path.join(dir, 'salt.txt');
      fs.writeFileSync(saltFile, 'a test salt');
      const hashed = pii === 'hashed' ? { pii, saltFile } : {};
      const summary = await generateDataset({ ...DEV, ...dirs, ...hashed, workers: 1 });
      const review = await validateOutputs({
        schema: loadSchema(SCHEMA).schema,
        outdir: dirs.outdir,
        pairsOut: dirs.pairsOut,
        gates: true,
        negRatio: summary.params.negRatio,
        piiHashed: pii === 'hashed',
        seed: DEV.seed,
      });
      expect(summary.validation.ok).toBe(true);
      expect(counts(summary.validation)).toEqual(counts(review.report));
      expect(summary.validation.checks.map((c) => c.name).slice(VALIDATION_CHECKS.length)).toEqual([
        'csv_rows',
        'parquet_rows',
      ]);
      expect(summary.validation.checks.every((c) => c.where !== undefined)).toBe(true);
      for (const s of ['leads', 'sales', 'financial'] as const) {
        expect(summary.nulls[s]).toEqual(review.profiles[s].nulls);
        expect(summary.uniqueness[s]).toEqual(review.profiles[s].uniqueness);
        expect(JSON.stringify(summary.duplicates[s].byStrategy)).toBe(JSON.stringify(review.byStrategy[s]));
      }
      expect(summary.featureHistograms).toEqual(review.pairSample.histograms);
      expect(Object.keys(summary.featureHistograms)).toEqual([...featureNames]);
      expect(summary.smoke).toEqual(smokeModel(review.pairSample));
      expect(summary.validation.checks.find((c) => c.name === 'pii_hashed')?.checked).toBe(
        pii === 'hashed' ? review.report.checks.find((c) => c.name === 'pii_hashed')?.checked : 0,
      );
    },
  );

  const firstLeadId = (outdir: string) =>
    fs.readFileSync(path.join(outdir, 'leads.csv'), 'utf8').split('\n')[1].split(',')[0];

  it.each<[BlockFault['kind'], string[]]>([
    ['bad-email', ['email_format']],
    ['duplicate-id', ['unique_ids', 'truth_complete']],
    ['set-id', ['unique_ids', 'truth_complete']],
    ['missing-pair-id', ['pair_ids_exist']],
  ])('should catch a planted %s as the re-read does, with 1 and 2 workers', async (kind, failing) => {
    for (const workers of [1, 2]) {
      const { dirs } = temp.make();
      // set-id: block 1's first lead takes the id of block 0's first lead (written by a clean run).
      const id = kind === 'set-id' ? await cleanFirstLeadId() : undefined;
      const summary = await withFault({ block: 1, kind, id }, () => generateDataset({ ...DEV, ...dirs, workers }));
      expect(summary.validation.ok).toBe(false);
      // A renamed record also leaves the pairs that name its old id without a record (pair_ids_exist).
      expect(summary.validation.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(
        expect.arrayContaining(failing),
      );
      const reread = await validateDataset({ schema: SCHEMA, outdir: dirs.outdir, pairsOut: dirs.pairsOut });
      expect(counts(summary.validation)).toEqual(counts(reread));
    }
  });

  let cleanId: string | undefined;
  async function cleanFirstLeadId(): Promise<string> {
    if (cleanId === undefined) {
      const { dirs } = temp.make();
      await generateDataset({ ...DEV, ...dirs, workers: 1 });
      cleanId = firstLeadId(dirs.outdir);
    }
    return cleanId;
  }
});
