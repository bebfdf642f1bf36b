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
    fields: Record<string, unknown>;
    fieldList: {
      name: string;
      path: string[];
      primitiveType?: string;
      originalType?: string;
      repetitionType: string;
      typeLength?: number;
      dLevelMax: number;
      compression: string;
    }[];
  }

  export interface ParquetWriterOptions {
    rowGroupSize?: number;
    pageSize?: number;
    useDataPageV2?: boolean;
  }

  export class ParquetWriter {
    static openStream(schema: ParquetSchema, stream: Writable, opts?: ParquetWriterOptions): Promise<ParquetWriter>;
    static openFile(schema: ParquetSchema, path: string, opts?: ParquetWriterOptions): Promise<ParquetWriter>;
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
  export class ColumnChunk {
    constructor(args?: object);
    column_index_offset: number | null;
    column_index_length: number | null;
    offset_index_offset: number | null;
    offset_index_length: number | null;
    write(output: unknown): void;
  }
  export class RowGroup {
    constructor(args?: object);
    write(output: unknown): void;
  }
  export class SchemaElement {
    constructor(args?: object);
    write(output: unknown): void;
  }
  export class FileMetaData {
    constructor(args?: object);
    write(output: unknown): void;
  }
  export const Type: Record<string, number>;
  export const CompressionCodec: Record<string, number>;
  export const FieldRepetitionType: Record<string, number>;
  export const ConvertedType: Record<string, number>;
  export const PageType: { DATA_PAGE: number };
  export const Encoding: { PLAIN: number; RLE: number };
}

/** parquetjs-lite's RLE/bit-packed hybrid codec (its tests compare against it). */
declare module 'parquetjs-lite/lib/codec/rle' {
  export function encodeValues(type: 'INT32', values: number[], opts: { bitWidth: number }): Buffer;
}
