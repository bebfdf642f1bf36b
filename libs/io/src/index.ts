export { IoError } from './io-error';
export type { IoOperation } from './io-error';
export type {
  TableWriter,
  CsvTableWriter,
  CsvRow,
  ParquetRow,
  ParquetColumn,
  ParquetColumnType,
  ParquetTableWriter,
} from './table-writer';
export { columnValue } from './column-batch';
export type { ColumnBatch, ColumnValues } from './column-batch';
export { createCsvWriter } from './create-csv-writer';
export { formatCsvRows, formatCsvRow, formatCsvLine } from './format-csv-rows';
export { formatCsvColumns } from './format-csv-columns';
export { CsvBytes } from './csv-bytes';
export { createParquetWriter } from './create-parquet-writer';
export type { ParquetWriterOptions } from './create-parquet-writer';
export { writeFileAtomic } from './write-file-atomic';
export { createCommitGroup } from './commit-group';
export type { CommitGroup } from './commit-group';
export { installCleanupHandlers, SIGNAL_EXIT_CODES } from './install-cleanup-handlers';
export { removeOpenTemporaries } from './remove-open-temporaries';
export { readCsv } from './read-csv';
export { readCsvRecords } from './read-csv-records';
export type { CsvRecord } from './read-csv-records';
export { readCsvHeader } from './read-csv-header';
export { readParquet } from './read-parquet';
export { readParquetFooter } from './read-parquet-footer';
export type { ParquetFooter } from './read-parquet-footer';
export { countCsvRecords } from './count-csv-records';
