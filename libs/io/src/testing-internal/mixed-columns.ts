import type { ParquetColumn } from '../table-writer';

/** Parquet columns of every type, each with and without nulls: the schema of the parquet writer's tests. */
export const MIXED_COLUMNS: readonly ParquetColumn[] = [
  { name: 'id_a', type: 'utf8' },
  { name: 'note', type: 'utf8', optional: true },
  { name: 'y', type: 'int32' },
  { name: 'rank', type: 'int32', optional: true },
  { name: 'score', type: 'double', optional: true },
  { name: 'flag', type: 'boolean' },
  { name: 'maybe', type: 'boolean', optional: true },
];
