// parquetjs-lite ships no types: ./internal/parquetjs-lite.d.ts declares the part used here.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./internal/parquetjs-lite.d.ts" />
import {
  ParquetEnvelopeWriter,
  ParquetSchema,
  ParquetWriter as LiteWriter,
  type ParquetFieldDefinition,
} from 'parquetjs-lite';
import { checkColumns } from './internal/check-columns';
import { parquetValue } from './internal/parquet-value';
import { buildRowBuffer } from './internal/row-buffer';
import { TempFileSink } from './internal/temp-file-sink';
import type { CommitGroup } from './commit-group';
import type { ParquetColumn, ParquetRow, TableWriter } from './table-writer';

/** Options of {@link createParquetWriter}. */
export interface ParquetWriterOptions {
  /** Rows per row group (memory held while writing). @default 10000 */
  rowGroupSize?: number;
  /** Page compression; both are read by DuckDB, pandas/pyarrow and Spark. @default 'snappy' */
  compression?: 'snappy' | 'uncompressed';
  /** Hold the rename until the group commits (see `createCommitGroup`). */
  group?: CommitGroup;
}

const PRIMITIVE = { utf8: 'UTF8', int32: 'INT32', double: 'DOUBLE', boolean: 'BOOLEAN' } as const;

class ParquetFileWriter implements TableWriter<ParquetRow> {
  rows = 0;
  private batch: Record<string, unknown>[] = [];
  private chain: Promise<void> = Promise.resolve();
  private readonly sink: TempFileSink;
  private readonly writer: LiteWriter;
  private readonly schema: ParquetSchema;
  private readonly rowGroupSize: number;

  constructor(
    readonly path: string,
    private readonly columns: readonly ParquetColumn[],
    options: ParquetWriterOptions,
  ) {
    checkColumns(
      path,
      columns.map((c) => c.name),
    );
    const compression = (options.compression ?? 'snappy').toUpperCase();
    const fields: Record<string, ParquetFieldDefinition> = {};
    // PLAIN everywhere: RLE on BOOLEAN silently writes false, RLE on INT32 is rejected by DuckDB.
    for (const c of columns)
      fields[c.name] = { type: PRIMITIVE[c.type], optional: Boolean(c.optional), encoding: 'PLAIN', compression };
    this.sink = new TempFileSink(path, options.group);
    const schema = new ParquetSchema(fields);
    this.schema = schema;
    this.rowGroupSize = Math.max(1, options.rowGroupSize ?? 10_000);
    const opts = { rowGroupSize: this.rowGroupSize, useDataPageV2: false };
    const envelope = new ParquetEnvelopeWriter(
      schema,
      (buf) => this.writeChunk(buf),
      () => this.endChunks(),
      0,
      opts,
    );
    // Constructed synchronously: the header is queued before anything can abort the stream.
    this.writer = new LiteWriter(schema, envelope, opts);
  }

  /** parquetjs-lite does not await its header write: every write promise is marked handled here. */
  private writeChunk(buf: Buffer): Promise<void> {
    const done = new Promise<void>((resolve, reject) => {
      this.sink.stream.write(buf, (e) => (e ? reject(e) : resolve()));
    });
    done.catch(() => undefined);
    return done;
  }

  private endChunks(): Promise<void> {
    return new Promise<void>((resolve) => this.sink.stream.end(() => resolve()));
  }

  get tempPath(): string {
    return this.sink.tempPath;
  }

  private convert(row: ParquetRow): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const c of this.columns) {
      const v = parquetValue(this.path, c, row[c.name]);
      if (v !== undefined) out[c.name] = v;
    }
    return out;
  }

  write(row: ParquetRow): Promise<void> | void {
    this.sink.check();
    this.batch.push(this.convert(row));
    this.rows++;
    if (this.batch.length >= this.rowGroupSize) return this.flush();
  }

  writeMany(rows: Iterable<ParquetRow>): Promise<void> | void {
    let wait: Promise<void> | undefined;
    for (const row of rows) wait = this.write(row) ?? wait;
    return wait;
  }

  /**
   * Hands the queued rows (one row group, or the rest at close) to parquetjs-lite after every earlier
   * batch; each call's promise covers all earlier ones. All rows but the last go straight into its row
   * buffer (see buildRowBuffer); appending the last through `appendRow` then makes parquetjs-lite encode
   * and write the row group exactly as it would have row by row.
   */
  private flush(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    this.chain = this.chain.then(async () => {
      if (batch.length === 0) return;
      this.writer.rowBuffer = buildRowBuffer(this.schema, batch.slice(0, -1));
      await this.writer.appendRow(batch[batch.length - 1]);
    });
    const result = this.chain.catch((e: unknown) => {
      throw this.sink.error('write', `Cannot write ${this.sink.tempPath}`, e);
    });
    result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    this.sink.check();
    try {
      await this.flush();
      await this.writer.close();
    } catch (e) {
      await this.sink.abort();
      throw this.sink.error('close', `Cannot finish ${this.path}`, e);
    }
    await this.sink.close();
  }

  async abort(): Promise<void> {
    this.batch = [];
    await this.sink.abort();
  }
}

/**
 * Opens a streaming parquet writer (parquetjs-lite, PLAIN encoding, SNAPPY or no compression, data page
 * v1: read back correctly by DuckDB, pyarrow and hyparquet, nulls and booleans included). Same
 * temporary + rename + abort behaviour as {@link createCsvWriter}. `optional` columns accept `null`.
 *
 * @example
 * const w = createParquetWriter('data/pairs/train.parquet', [
 *   { name: 'id_a', type: 'utf8' }, { name: 'y', type: 'int32' }, { name: 'name_jw', type: 'double', optional: true },
 * ]);
 * await w.write({ id_a: 'L1', y: 1, name_jw: null });
 * await w.close();
 */
export function createParquetWriter(
  path: string,
  columns: readonly ParquetColumn[],
  options: ParquetWriterOptions = {},
): TableWriter<ParquetRow> {
  return new ParquetFileWriter(path, columns, options);
}
