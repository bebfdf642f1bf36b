import path from 'node:path';
import { createCsvWriter, writeFileAtomic } from '@synth/io';
import type { CommitGroup } from '@synth/io';
import { collectPairRecords } from './collect-pair-records';
import type { ExportDataset } from './export-dataset';
import type { ExportResult } from './export-result';
import { fmt } from './readme-notes';
import { toSharedRecord } from './to-shared-record';
import { zinggFields } from './zingg-fields';
import { zinggReadme } from './zingg-readme';

/**
 * Zingg: `training-samples.csv` — the train split's pairs, each as two rows sharing `z_cluster` (`p<n>`),
 * `z_isMatch` 1 or 0, then `unique_id`, `source_dataset` and the shared columns — with `zingg-fields.json`
 * (the matching `fieldDefinition` and `trainingSamples` pipe) and `README.md`, held by `group`.
 *
 * @example
 * await exportZingg(dataset, 'data/export/zingg', group);
 */
export async function exportZingg(dataset: ExportDataset, out: string, group: CommitGroup): Promise<ExportResult> {
  const { pairs, record, pii } = await collectPairRecords(dataset, 'train');
  const shared = dataset.shared;
  const recordColumns = ['unique_id', 'source_dataset', ...shared];
  const columns = ['z_cluster', 'z_isMatch', ...recordColumns];
  const csv = createCsvWriter(path.join(out, 'training-samples.csv'), columns, { group });
  let matches = 0;
  try {
    const width = String(pairs.length).length;
    for (const [n, pair] of pairs.entries()) {
      const z = { z_cluster: `p${String(n + 1).padStart(width, '0')}`, z_isMatch: String(pair.y) };
      await csv.write({ ...z, ...toSharedRecord(dataset, record(pair.srcA, pair.idA), shared) });
      await csv.write({ ...z, ...toSharedRecord(dataset, record(pair.srcB, pair.idB), shared) });
      matches += pair.y;
    }
    await csv.close();
  } catch (error) {
    await csv.abort();
    throw error;
  }
  const mode = pii.mode();
  const facts = { pii: mode, hashed: pii.hashedColumns(shared), shared, uniqueIdRule: dataset.uniqueIdRule };
  const fields = zinggFields(facts, recordColumns);
  await writeFileAtomic(path.join(out, 'zingg-fields.json'), JSON.stringify(fields, null, 2) + '\n', { group });
  await writeFileAtomic(path.join(out, 'README.md'), zinggReadme(facts, fields, pairs.length, matches), { group });
  return {
    format: 'zingg',
    files: ['training-samples.csv', 'zingg-fields.json', 'README.md'],
    lines: [
      `training-samples.csv: train split, ${fmt(pairs.length)} pairs as ${fmt(2 * pairs.length)} rows ` +
        `(${fmt(matches)} z_isMatch 1, ${fmt(pairs.length - matches)} z_isMatch 0)`,
      'zingg-fields.json: fieldDefinition and trainingSamples for those columns',
    ],
    pii: mode,
    hashed: facts.hashed,
  };
}
