import type { ExportDataset, SourceRecord } from './export-dataset';
import { exportName } from './shared-columns';

/**
 * A record as dedupe takes it: a dict of field → value (`null` when missing) holding `unique_id`,
 * `source_dataset` and every source column, the shared ones under their common names (so one set of
 * dedupe variables fits the three sources) and `id` as the source wrote it.
 *
 * @example
 * toDedupeRecord(dataset, { source: 'financial', row }).address; // financial.billing_address
 */
export function toDedupeRecord(dataset: ExportDataset, record: SourceRecord): Record<string, string | null> {
  const out: Record<string, string | null> = {
    unique_id: dataset.uniqueId(record.source, record.row['id']),
    source_dataset: record.source,
  };
  for (const [column, value] of Object.entries(record.row)) out[exportName(column)] = value === '' ? null : value;
  return out;
}
