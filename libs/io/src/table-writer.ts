import type { ColumnBatch } from './column-batch';

/**
 * A streaming writer that writes to `<path>.tmp-<pid>` and renames it to `path` on {@link TableWriter.close}.
 * `write` returns a promise only when the caller should wait (backpressure); `await` it either way.
 */
export interface TableWriter<Row> {
  /** The final path. */
  readonly path: string;
  /** The temporary path written until close. */
  readonly tempPath: string;
  /** Rows accepted so far (header excluded). */
  readonly rows: number;
  write(row: Row): Promise<void> | void;
  writeMany(rows: Iterable<Row>): Promise<void> | void;
  /** Flushes, closes and renames the temporary to the final path. */
  close(): Promise<void>;
  /** Stops writing and removes the temporary; the final path is left as it was. Safe to call twice. */
  abort(): Promise<void>;
}

/** A CSV writer that also takes text already formatted by `formatCsvRows` for the same columns. */
export interface CsvTableWriter extends TableWriter<CsvRow> {
  /** Appends `text` (whole CSV lines, no header) that holds `rows` rows. */
  writeText(text: string, rows: number): Promise<void> | void;
  /**
   * Appends `bytes`: the UTF-8 encoding of such text (`new TextEncoder().encode(text)`, e.g. made and
   * transferred by a worker thread). The bytes are written as they are (no copy): the stream keeps a
   * reference to them, so do not change them afterwards.
   */
  writeBytes(bytes: Uint8Array, rows: number): Promise<void> | void;
}

/** A parquet writer that also takes rows column by column (no object per row). */
export interface ParquetTableWriter extends TableWriter<ParquetRow> {
  /**
   * Appends rows of `batch` (all, or the rows whose indexes `rows` lists, in that order), each column of
   * the file read from the batch column of the same name (a missing column is all nulls). The bytes are those
   * `write` gives for the same rows as objects.
   */
  writeColumns(batch: ColumnBatch, rows?: ArrayLike<number>): Promise<void> | void;
}

/** A CSV row: column name → value; a missing key or `''` is written as an empty field. */
export type CsvRow = Record<string, string>;

/** A parquet row: `null`/`undefined` (and `''` for non-utf8 columns) are nulls. */
export type ParquetRow = Record<string, string | number | boolean | null | undefined>;

/** Column types the parquet writer supports. */
export type ParquetColumnType = 'utf8' | 'int32' | 'double' | 'boolean';

/** One parquet column; `optional` columns accept nulls. */
export interface ParquetColumn {
  name: string;
  type: ParquetColumnType;
  optional?: boolean;
}
