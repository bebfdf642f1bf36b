import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { featureNames } from '@synth/features';
import { createCommitGroup, createParquetWriter, readCsv } from '@synth/io';
import { pairColumns } from '@synth/pairing';
import { tempDirs } from '../../testing-internal/temp-dirs';
import { ExportDataset } from './export-dataset';
import { ExportError } from './export-error';
import { exportSplink } from './export-splink';
import { findDatasetFiles } from './find-dataset-files';

const HEAD = 'id,email,phone,first_name,last_name,NAME_CO,NAME_ADDR,city,state,zip,country';
const header = (company: string, address: string) => HEAD.replace('NAME_CO', company).replace('NAME_ADDR', address);

/** A hand-made dataset in synth's layout: one pair per split, `sales` ids that collide with `leads` ids. */
async function writeDataset(dir: string, leadEmail = 'ann@example.com'): Promise<void> {
  mkdirSync(path.join(dir, 'synth'), { recursive: true });
  const file = (name: string, lines: string[]) => {
    writeFileSync(path.join(dir, 'synth', name), lines.join('\n') + '\n');
  };
  file('leads.csv', [
    header('company', 'address'),
    `L1,${leadEmail},,Ann,Lee,,1 Main St,Reno,NV,89501,US`,
    'L2,bo@example.com,,Bo,Kim,,,Reno,NV,89501,US',
  ]);
  file('sales.csv', [header('account', 'address'), 'L1,ann@example.com,,Ann,Lee,Acme,1 Main Street,Reno,NV,89501,US']);
  const invoice = 'F1,bo@example.com,,Bo,Kim,Kim LLC,9 Elm Rd,Reno,NV,89501,US';
  file('financial.csv', [header('account', 'billing_address'), invoice]);
  const truth = ['leads,L1,E1', 'leads,L2,E2', 'sales,L1,E1', 'financial,F1,E2'].map((t) => `${t},false,,`);
  file('truth.csv', ['source,id,entity_id,is_duplicate,dup_of,noise', ...truth]);
  const pairs: [string, string, string, string, number, string][] = [
    ['leads', 'L1', 'sales', 'L1', 1, 'train'],
    ['leads', 'L2', 'financial', 'F1', 1, 'valid'],
    ['leads', 'L1', 'leads', 'L2', 0, 'test'],
  ];
  for (const [srcA, idA, srcB, idB, y, split] of pairs) {
    const w = createParquetWriter(path.join(dir, 'pairs', `${split}.parquet`), pairColumns(featureNames));
    const kind = y ? 'pos_cross_source' : 'neg_random';
    await w.write({ src_a: srcA, id_a: idA, src_b: srcB, id_b: idB, y, pair_kind: kind, split });
    await w.close();
  }
}

async function rows(file: string): Promise<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  for await (const row of readCsv(file)) out.push(row);
  return out;
}

describe(ExportDataset, () => {
  const temp = tempDirs('synth-export-dataset-');
  const run = temp.make();
  afterAll(() => temp.removeAll());

  it('should prefix unique_id with the source when ids collide between sources (records and labels)', async () => {
    const dir = path.join(run.dir, 'collide');
    await writeDataset(dir);
    const dataset = await ExportDataset.open(findDatasetFiles(path.join(dir, 'synth'), path.join(dir, 'pairs')));
    expect(dataset.idsCollide).toBe(true);
    expect(dataset.uniqueIdRule).toBe('unique_id is "<source_dataset>-<id>": some ids appear in more than one source');
    const group = createCommitGroup();
    const out = path.join(dir, 'splink');
    await exportSplink(dataset, out, group);
    group.commit();
    const records = await rows(path.join(out, 'records.csv'));
    const fields = ['unique_id', 'source_dataset', 'cluster_id', 'company', 'address'];
    expect(records.map((r) => fields.map((f) => r[f]))).toEqual([
      ['leads-L1', 'leads', 'E1', '', '1 Main St'],
      ['leads-L2', 'leads', 'E2', '', ''],
      ['sales-L1', 'sales', 'E1', 'Acme', '1 Main Street'],
      ['financial-F1', 'financial', 'E2', 'Kim LLC', '9 Elm Rd'],
    ]);
    const labels = await rows(path.join(out, 'labels.csv'));
    expect(labels.map((l) => [l['unique_id_l'], l['unique_id_r'], l['clerical_match_score'], l['split']])).toEqual([
      ['leads-L1', 'sales-L1', '1', 'train'],
      ['leads-L2', 'financial-F1', '1', 'valid'],
      ['leads-L1', 'leads-L2', '0', 'test'],
    ]);
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toContain('unique_id is "<source_dataset>-<id>"');
  });

  it('should refuse a dataset whose PII columns mix sha256 hex and plain values', async () => {
    const dir = path.join(run.dir, 'mixed');
    await writeDataset(dir, 'ab'.repeat(32));
    const dataset = await ExportDataset.open(findDatasetFiles(path.join(dir, 'synth'), path.join(dir, 'pairs')));
    const attempt = exportSplink(dataset, path.join(dir, 'splink'), createCommitGroup());
    await expect(attempt).rejects.toThrow(ExportError);
    await expect(attempt).rejects.toThrow('PII columns mix sha256 hex (1 values) and plain values (11)');
  });

  it('should refuse a pair that names a record the sources do not hold', async () => {
    const dir = path.join(run.dir, 'dangling');
    await writeDataset(dir);
    const w = createParquetWriter(path.join(dir, 'pairs', 'test.parquet'), pairColumns(featureNames));
    const dangling = { src_a: 'leads', id_a: 'L9', src_b: 'leads', id_b: 'L1', y: 0 };
    await w.write({ ...dangling, pair_kind: 'neg_random', split: 'test' });
    await w.close();
    const dataset = await ExportDataset.open(findDatasetFiles(path.join(dir, 'synth'), path.join(dir, 'pairs')));
    await expect(exportSplink(dataset, path.join(dir, 'splink'), createCommitGroup())).rejects.toThrow(
      'test.parquet: pair leads L9 / leads L1 names a record the sources do not hold.',
    );
  });
});
