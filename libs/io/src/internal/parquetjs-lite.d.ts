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
    fieldList: { name: string; primitiveType?: string; originalType?: string; dLevelMax: number }[];
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
  }

  export class ParquetWriter {
    static openStream(schema: ParquetSchema, stream: Writable, opts?: ParquetWriterOptions): Promise<ParquetWriter>;
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
