import path from 'node:path';
import { createCsvWriter, createParquetWriter, writeFileAtomic } from '@synth/io';
import type { CommitGroup, ParquetColumn, ParquetRow, TableWriter } from '@synth/io';
import type { Split } from '@synth/features';
import type { Source } from '@synth/features';
import { SPLITS } from '@synth/features';
import type { ExportDataset } from './export-dataset';
import type { ExportResult } from './export-result';
import { PiiDetector } from './pii-detector';
import { fmt } from './readme-notes';
import { splinkReadme } from './splink-readme';
import { toSharedRecord } from './to-shared-record';

/** The columns of Splink's labels table, then synth's own `split` and `pair_kind`. */
export const SPLINK_LABEL_COLUMNS = [
  'source_dataset_l',
  'unique_id_l',
  'source_dataset_r',
  'unique_id_r',
  'clerical_match_score',
  'split',
  'pair_kind',
] as const;

const KEY_COLUMNS = ['unique_id', 'source_dataset', 'cluster_id'];

/**
 * Splink: `records.parquet` and `records.csv` (every record of every source: `unique_id`, `source_dataset`,
 * `cluster_id` = truth.csv's `entity_id`, then the shared columns), `labels.csv` (every pair of every split:
 * `clerical_match_score` = `y`, with `split` and `pair_kind`) and `README.md` with fitting settings.
 * Every file is held by `group` until the caller commits.
 *
 * @example
 * const result = await exportSplink(dataset, 'data/export/splink', group);
 * group.commit();
 */
export async function exportSplink(dataset: ExportDataset, out: string, group: CommitGroup): Promise<ExportResult> {
  const shared = dataset.shared;
  const columns = [...KEY_COLUMNS, ...shared];
  const optional = (name: string) => !KEY_COLUMNS.includes(name);
  const parquetColumns: ParquetColumn[] = columns.map((name) => ({ name, type: 'utf8', optional: optional(name) }));
  const writers: TableWriter<never>[] = [];
  const open = <T extends TableWriter<never>>(w: T) => (writers.push(w), w);
  try {
    const csv = open(createCsvWriter(path.join(out, 'records.csv'), columns, { group }));
    const parquet = open(createParquetWriter(path.join(out, 'records.parquet'), parquetColumns, { group }));
    const labels = open(createCsvWriter(path.join(out, 'labels.csv'), [...SPLINK_LABEL_COLUMNS], { group }));
    const pii = new PiiDetector();
    const records: Record<Source, number> = { leads: 0, sales: 0, financial: 0 };
    for await (const record of dataset.records(pii)) {
      const row = toSharedRecord(dataset, record, shared);
      row['cluster_id'] = dataset.clusterOf(record.source, record.row['id']);
      await csv.write(row);
      const p: ParquetRow = {};
      for (const c of columns) p[c] = row[c] === '' || row[c] === undefined ? null : row[c];
      await parquet.write(p);
      records[record.source]++;
    }
    const pairs: Record<Split, number> = { train: 0, valid: 0, test: 0 };
    for await (const pair of dataset.pairs(SPLITS)) {
      await labels.write({
        source_dataset_l: pair.srcA,
        unique_id_l: dataset.uniqueId(pair.srcA, pair.idA),
        source_dataset_r: pair.srcB,
        unique_id_r: dataset.uniqueId(pair.srcB, pair.idB),
        clerical_match_score: String(pair.y),
        split: pair.split,
        pair_kind: pair.pairKind,
      });
      pairs[pair.split]++;
    }
    for (const w of writers) await w.close();
    const mode = pii.mode();
    const facts = { pii: mode, hashed: pii.hashedColumns(shared), shared, uniqueIdRule: dataset.uniqueIdRule };
    await writeFileAtomic(path.join(out, 'README.md'), splinkReadme(facts, records, pairs), { group });
    const total = records.leads + records.sales + records.financial;
    return {
      format: 'splink',
      files: ['records.parquet', 'records.csv', 'labels.csv', 'README.md'],
      lines: [
        `records.parquet, records.csv: ${fmt(total)} records (leads ${fmt(records.leads)}, ` +
          `sales ${fmt(records.sales)}, financial ${fmt(records.financial)}), cluster_id = truth.csv entity_id`,
        `labels.csv: ${fmt(pairs.train + pairs.valid + pairs.test)} pairs (train ${fmt(pairs.train)}, ` +
          `valid ${fmt(pairs.valid)}, test ${fmt(pairs.test)}), clerical_match_score = y`,
      ],
      pii: mode,
      hashed: facts.hashed,
    };
  } catch (error) {
    for (const w of writers) await w.abort();
    throw error;
  }
}
