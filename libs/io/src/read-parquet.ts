// parquetjs-lite ships no types: ./internal/parquetjs-lite.d.ts declares the part used here.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./internal/parquetjs-lite.d.ts" />
import { ParquetReader } from 'parquetjs-lite';
import { IoError } from './io-error';
import { reason } from './internal/reason';

/**
 * Streams the rows of a parquet file, one row group in memory at a time. Every column of the file is a
 * key of every row; nulls are `null`.
 *
 * @example
 * for await (const pair of readParquet('data/pairs/train.parquet')) count[pair.y as number]++;
 */
export async function* readParquet(path: string): AsyncGenerator<Record<string, unknown>> {
  let reader: ParquetReader | undefined;
  try {
    reader = await ParquetReader.openFile(path);
    const names = reader.getSchema().fieldList.map((f) => f.name);
    const cursor = reader.getCursor();
    for (let row = await cursor.next(); row; row = await cursor.next()) {
      const out: Record<string, unknown> = {};
      for (const name of names) out[name] = row[name] ?? null;
      yield out;
    }
  } catch (e) {
    throw new IoError(`Cannot read parquet ${path}${reason(e)}`, path, 'read', { cause: e });
  } finally {
    await reader?.close();
  }
}
