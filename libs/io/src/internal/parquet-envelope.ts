// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./parquetjs-lite.d.ts" />
import type { ParquetSchema } from 'parquetjs-lite';
import {
  ColumnChunk,
  ColumnIndex,
  ColumnMetaData,
  CompressionCodec,
  ConvertedType,
  Encoding,
  FieldRepetitionType,
  FileMetaData,
  OffsetIndex,
  PageLocation,
  RowGroup,
  SchemaElement,
  Type,
} from 'parquetjs-lite/gen-nodejs/parquet_types';
import type { EncodedPage, EncodedRowGroup, Field } from './encode-page';
import { encodeStatistics, statisticsBytes } from './page-statistics';
import { CompactWriter } from './thrift-compact';

const MAGIC = 'PAR1';

/** A written column chunk and the page indexes that follow the last row group. */
interface ChunkIndexes {
  chunk: ColumnChunk;
  columnIndex: ColumnIndex;
  offsetIndex: OffsetIndex;
}

/**
 * The file around the row groups, byte for byte as parquetjs-lite 0.8.7's `ParquetEnvelopeWriter` writes it
 * for row groups of one page per column (with statistics and page indexes): the magic, each row group's pages
 * and column chunk metadata, then every column and offset index, then the footer. Thrift goes through
 * {@link CompactWriter}. Sections are handed to `write` in file order.
 */
export class ParquetEnvelope {
  private offset = 0;
  private rowCount = 0;
  private readonly rowGroups: RowGroup[] = [];
  /** Per row group, per field: what `writeIndex` writes. */
  private readonly indexes: ChunkIndexes[][] = [];

  constructor(
    private readonly schema: ParquetSchema,
    private readonly write: (buf: Buffer) => Promise<void>,
  ) {}

  writeHeader(): Promise<void> {
    return this.writeSection(Buffer.from(MAGIC));
  }

  /** One row group: each column's page then its column metadata, in schema order. */
  writeRowGroup(rowGroup: EncodedRowGroup): Promise<void> {
    const parts: Buffer[] = [];
    const chunks: ColumnChunk[] = [];
    const indexes: ChunkIndexes[] = [];
    let length = 0;
    for (const field of this.schema.fieldList) {
      const page = rowGroup.pages[field.name];
      const base = this.offset + length;
      const meta = new ColumnMetaData({
        type: Type[field.primitiveType as string],
        encodings: [Encoding.RLE, Encoding.PLAIN],
        path_in_schema: field.path,
        codec: CompressionCodec[field.compression],
        num_values: page.num_values,
        total_uncompressed_size: page.page.length,
        total_compressed_size: page.page.length,
        data_page_offset: base,
        statistics: encodeStatistics(page.statistics, field),
      });
      const metaBytes = CompactWriter.serialize(meta);
      const chunk = new ColumnChunk({ file_offset: base + page.page.length, meta_data: meta });
      parts.push(page.page, metaBytes);
      length += page.page.length + metaBytes.length;
      chunks.push(chunk);
      indexes.push({ chunk, columnIndex: columnIndex(page, field), offsetIndex: offsetIndex(page, base) });
    }
    this.rowCount += rowGroup.rowCount;
    this.rowGroups.push(new RowGroup({ num_rows: rowGroup.rowCount, columns: chunks, total_byte_size: length }));
    this.indexes.push(indexes);
    return this.writeSection(Buffer.concat(parts, length));
  }

  /** Every column index and offset index, field by field, row group by row group, each recorded in its chunk. */
  writeIndex(): void {
    this.schema.fieldList.forEach((_, i) => {
      for (const group of this.indexes) {
        const { chunk, columnIndex, offsetIndex } = group[i];
        const columnBytes = CompactWriter.serialize(columnIndex);
        chunk.column_index_offset = this.offset;
        chunk.column_index_length = columnBytes.length;
        void this.writeSection(columnBytes);
        const offsetBytes = CompactWriter.serialize(offsetIndex);
        chunk.offset_index_offset = this.offset;
        chunk.offset_index_length = offsetBytes.length;
        void this.writeSection(offsetBytes);
      }
    });
  }

  /** The file metadata, its length and the closing magic. */
  writeFooter(): Promise<void> {
    const schema = [new SchemaElement({ name: 'root', num_children: Object.keys(this.schema.fields).length })];
    for (const field of this.schema.fieldList) {
      schema.push(
        new SchemaElement({
          name: field.name,
          repetition_type: FieldRepetitionType[field.repetitionType],
          type: Type[field.primitiveType as string],
          converted_type: field.originalType ? ConvertedType[field.originalType] : undefined,
          type_length: field.typeLength,
        }),
      );
    }
    const metadata = new FileMetaData({
      version: 1,
      schema,
      num_rows: this.rowCount,
      row_groups: this.rowGroups,
      key_value_metadata: [],
      created_by: 'parquet.js',
    });
    const bytes = CompactWriter.serialize(metadata);
    const footer = Buffer.alloc(bytes.length + 8);
    bytes.copy(footer);
    footer.writeUInt32LE(bytes.length, bytes.length);
    footer.write(MAGIC, bytes.length + 4);
    return this.writeSection(footer);
  }

  private writeSection(buf: Buffer): Promise<void> {
    this.offset += buf.length;
    return this.write(buf);
  }
}

/** The column index of a one-page chunk: its max and min (empty bytes when the page is all nulls). */
function columnIndex(page: EncodedPage, field: Field): ColumnIndex {
  const { max_value: max, min_value: min } = page.statistics;
  return new ColumnIndex({
    max_values: [max === undefined ? Buffer.alloc(0) : statisticsBytes(max, field)],
    min_values: [min === undefined ? Buffer.alloc(0) : statisticsBytes(min, field)],
  });
}

/** The offset index of a one-page chunk: where its page starts. */
function offsetIndex(page: EncodedPage, offset: number): OffsetIndex {
  const location = new PageLocation({ offset, compressed_page_size: page.page.length, first_row_index: 0 });
  return new OffsetIndex({ page_locations: [location] });
}
