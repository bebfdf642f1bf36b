import type { ExportDataset, SourceRecord } from './export-dataset';
import { exportName } from './shared-columns';

/**
 * A record as the matchers see it: `unique_id`, `source_dataset` and the shared columns under their common
 * names (`account` → `company`, `billing_address` → `address`); `''` for a missing value.
 *
 * @example
 * toSharedRecord(dataset, { source: 'sales', row }, ['email', 'company']);
 * // { unique_id: 'S0000001', source_dataset: 'sales', email: '…', company: '<sales.account>' }
 */
export function toSharedRecord(
  dataset: ExportDataset,
  record: SourceRecord,
  shared: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {
    unique_id: dataset.uniqueId(record.source, record.row['id']),
    source_dataset: record.source,
  };
  for (const [column, value] of Object.entries(record.row)) {
    const name = exportName(column);
    if (shared.includes(name)) out[name] = value;
  }
  return out;
}
