// parquetjs-lite ships no types: ./internal/parquetjs-lite.d.ts declares the part used here.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./internal/parquetjs-lite.d.ts" />
import { ParquetReader } from 'parquetjs-lite';
import { IoError } from './io-error';
import { reason } from './internal/reason';

/** The row counts of a parquet file's footer. */
export interface ParquetFooter {
  /** `num_rows` of the file. */
  rows: number;
  /** `num_rows` of each row group, in file order. */
  rowGroups: number[];
}

/**
 * Reads only the footer (file metadata) of a parquet file, not its rows: the file's row count and
 * each row group's.
 *
 * @example
 * const { rows, rowGroups } = await readParquetFooter('data/pairs/train.parquet');
 */
export async function readParquetFooter(path: string): Promise<ParquetFooter> {
  let reader: ParquetReader | undefined;
  try {
    reader = await ParquetReader.openFile(path);
    return {
      rows: Number(reader.metadata.num_rows),
      rowGroups: reader.metadata.row_groups.map((g) => Number(g.num_rows)),
    };
  } catch (e) {
    throw new IoError(`Cannot read parquet ${path}${reason(e)}`, path, 'read', { cause: e });
  } finally {
    await reader?.close();
  }
}
