/** The small part of parquetjs-lite 0.8 that @synth/io uses (the package ships no types). */
declare module 'parquetjs-lite' {
  import type { Writable } from 'node:stream';

  export interface ParquetFieldDefinition {
    type: string;
    optional?: boolean;
    encoding?: string;
    compression?: string;
  }

  export class ParquetSchema {
    constructor(fields: Record<string, ParquetFieldDefinition>);
    fieldList: {
      name: string;
      primitiveType?: string;
      originalType?: string;
      dLevelMax: number;
      compression: string;
    }[];
  }

  export interface ParquetWriterOptions {
    rowGroupSize?: number;
    pageSize?: number;
    useDataPageV2?: boolean;
  }

  export class ParquetEnvelopeWriter {
    constructor(
      schema: ParquetSchema,
      writeFn: (buf: Buffer) => Promise<void>,
      closeFn: () => Promise<void>,
      fileOffset: number,
      opts: ParquetWriterOptions,
    );
    /** Writes the magic bytes that open the file. */
    writeHeader(): Promise<void>;
    /** Writes a row group of encoded pages (see ../internal/encode-page.ts); its metadata goes to the footer. */
    writeRowGroup(rowGroup: { rowCount: number; pages: Record<string, EncodedPage[]> }): Promise<void>;
    /** Writes each column chunk's column and offset index (after the last row group). */
    writeIndex(): void;
    writeFooter(userMetadata: Record<string, string>): Promise<void>;
    /** The `closeFn` given to the constructor. */
    close(): Promise<void>;
  }

  /** A raw statistics value, before it is encoded: what the page's column holds. */
  export type StatisticsValue = string | number | boolean;

  /** A page's statistics as parquetjs-lite keeps them (raw values; encoded when written). */
  export interface PageStatistics {
    max_value?: StatisticsValue;
    min_value?: StatisticsValue;
    null_count: number;
    distinct_count: number;
  }

  /** One encoded data page of a column chunk, as parquetjs-lite holds it until its row group is written. */
  export interface EncodedPage {
    /** The page header and the (compressed) page body. */
    page: Buffer;
    statistics: PageStatistics;
    first_row_index: number;
    distinct_values: Set<StatisticsValue>;
    /** Values in the page, nulls included. */
    num_values: number;
  }

  export class ParquetWriter {
    static openStream(schema: ParquetSchema, stream: Writable, opts?: ParquetWriterOptions): Promise<ParquetWriter>;
    static openFile(schema: ParquetSchema, path: string, opts?: ParquetWriterOptions): Promise<ParquetWriter>;
    constructor(schema: ParquetSchema, envelopeWriter: ParquetEnvelopeWriter, opts: ParquetWriterOptions);
    /** Internal: rows shredded but not yet written (see ./row-buffer.ts). */
    rowBuffer: unknown;
    appendRow(row: Record<string, unknown>): Promise<void>;
    close(): Promise<void>;
  }

  export interface ParquetCursor {
    next(): Promise<Record<string, unknown> | null>;
  }

  /** A thrift i64 (node-int64): `Number()` gives its value. */
  export interface ThriftInt64 {
    valueOf(): number;
  }

  export class ParquetReader {
    static openFile(path: string): Promise<ParquetReader>;
    /** The decoded footer. */
    metadata: { num_rows: number | ThriftInt64; row_groups: { num_rows: number | ThriftInt64 }[] };
    getCursor(columns?: string[]): ParquetCursor;
    getSchema(): ParquetSchema;
    getRowCount(): number | bigint;
    close(): Promise<void>;
  }
}

/** parquetjs-lite's page compression (SNAPPY through snappyjs, or none): what its writer applies to each page. */
declare module 'parquetjs-lite/lib/compression' {
  export function deflate(method: string, value: Buffer): Buffer;
}

/** parquetjs-lite's thrift helpers. */
declare module 'parquetjs-lite/lib/util' {
  /** The thrift compact-protocol bytes of a generated thrift object. */
  export function serializeThrift(value: object): Buffer;
}

/** The thrift classes parquetjs-lite generated from parquet.thrift (the part of them used here). */
declare module 'parquetjs-lite/gen-nodejs/parquet_types' {
  /** Page or column statistics; `min_value`/`max_value` (and the legacy `min`/`max`) are PLAIN bytes. */
  export class Statistics {
    constructor(args: {
      max?: Buffer | null;
      min?: Buffer | null;
      null_count?: number;
      distinct_count?: number;
      max_value?: Buffer | null;
      min_value?: Buffer | null;
    });
    write(output: unknown): void;
  }
  export class DataPageHeader {
    num_values: number;
    encoding: number;
    definition_level_encoding: number;
    repetition_level_encoding: number;
    statistics: Statistics | null;
    write(output: unknown): void;
  }
  export class PageHeader {
    type: number;
    uncompressed_page_size: number;
    compressed_page_size: number;
    data_page_header: DataPageHeader | null;
    write(output: unknown): void;
  }
  /** Other parquet structs (the writer's tests serialize them). */
  export class ColumnMetaData {
    constructor(args?: object);
    write(output: unknown): void;
  }
  export class ColumnIndex {
    constructor(args?: object);
    write(output: unknown): void;
  }
  export class OffsetIndex {
    constructor(args?: object);
    write(output: unknown): void;
  }
  export class PageLocation {
    constructor(args?: object);
    write(output: unknown): void;
  }
  export const PageType: { DATA_PAGE: number };
  export const Encoding: { PLAIN: number; RLE: number };
}

/** parquetjs-lite's RLE/bit-packed hybrid codec (its tests compare against it). */
declare module 'parquetjs-lite/lib/codec/rle' {
  export function encodeValues(type: 'INT32', values: number[], opts: { bitWidth: number }): Buffer;
}
