// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./parquetjs-lite.d.ts" />
import type { ParquetSchema } from 'parquetjs-lite';
import { deflate } from 'parquetjs-lite/lib/compression';
import { DataPageHeader, Encoding, PageHeader, PageType } from 'parquetjs-lite/gen-nodejs/parquet_types';
import type { ColumnGroup, PendingColumn } from './column-group';
import { encodePlainValues } from './plain-values';
import { encodeDefinitionLevels, NO_LEVELS } from './rle-levels';
import { encodeStatistics, pageStatistics, type PageStatistics } from './page-statistics';
import { CompactWriter } from './thrift-compact';

/** A field of a parquetjs-lite schema. */
export type Field = ParquetSchema['fieldList'][number];

/** One encoded data page: header and (compressed) body, with the statistics its column chunk repeats. */
export interface EncodedPage {
  page: Buffer;
  statistics: PageStatistics;
  /** Values in the page, nulls included. */
  num_values: number;
}

/** A row group's rows and pages, ready for `ParquetEnvelope.writeRowGroup`. */
export interface EncodedRowGroup {
  rowCount: number;
  /** Each column's one page, by column name. */
  pages: Record<string, EncodedPage>;
}

/**
 * The rows held by a column group as one row group of one data page per column, encoded as parquetjs-lite
 * 0.8.7's `ParquetWriter` encodes them when a row group is one page (data page v1, PLAIN values, RLE
 * definition levels, page statistics, the schema's compression), byte for byte, without its row buffer: no
 * object, array, Set or Buffer per value. The schema's fields are the group's columns.
 */
export function encodeRowGroup(schema: ParquetSchema, group: ColumnGroup): EncodedRowGroup {
  const n = group.size;
  const pages: Record<string, EncodedPage> = {};
  for (const field of schema.fieldList) {
    pages[field.name] = encodePage(field, group.pending[group.indexOf(field.name)], n);
  }
  return { rowCount: n, pages };
}

/** The first `n` rows of a pending column as one data page (header and body) with its statistics. */
export function encodePage(field: Field, p: PendingColumn, n: number): EncodedPage {
  const { statistics, count } = pageStatistics(p, n);
  const values = encodePlainValues(p, n, count);
  const levels = field.dLevelMax > 0 ? encodeDefinitionLevels(p.present, n) : NO_LEVELS;
  const body = deflate(field.compression, levels.length > 0 ? Buffer.concat([levels, values]) : values);
  const header = new PageHeader();
  header.type = PageType.DATA_PAGE;
  header.uncompressed_page_size = levels.length + values.length;
  header.compressed_page_size = body.length;
  const data = new DataPageHeader();
  data.num_values = n;
  data.statistics = encodeStatistics(statistics, field);
  data.encoding = Encoding.PLAIN;
  data.definition_level_encoding = Encoding.RLE;
  data.repetition_level_encoding = Encoding.RLE;
  header.data_page_header = data;
  const page = Buffer.concat([CompactWriter.serialize(header), body]);
  return { page, statistics, num_values: n };
}
