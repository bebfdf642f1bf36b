// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./parquetjs-lite.d.ts" />
import type { EncodedPage, ParquetSchema, StatisticsValue } from 'parquetjs-lite';
import { deflate } from 'parquetjs-lite/lib/compression';
import { DataPageHeader, Encoding, PageHeader, PageType, Statistics } from 'parquetjs-lite/gen-nodejs/parquet_types';
import type { ColumnGroup, PendingColumn } from './column-group';
import { encodePlainValues } from './plain-values';
import { encodeDefinitionLevels, NO_LEVELS } from './rle-levels';
import { pageStatistics } from './page-statistics';
import { CompactWriter } from './thrift-compact';
import type { PageStatistics } from 'parquetjs-lite';

type Field = ParquetSchema['fieldList'][number];

/** A row group ready for parquetjs-lite's `ParquetEnvelopeWriter.writeRowGroup`. */
export interface EncodedRowGroup {
  rowCount: number;
  pages: Record<string, EncodedPage[]>;
}

/**
 * The rows held by a column group as one row group of one data page per column, encoded as parquetjs-lite
 * 0.8.7's `ParquetWriter` encodes them when a row group is one page (data page v1, PLAIN values, RLE
 * definition levels, page statistics, the schema's compression), byte for byte, without its row buffer: no
 * object, array, Set or Buffer per value. The schema's fields are the group's columns.
 */
export function encodeRowGroup(schema: ParquetSchema, group: ColumnGroup): EncodedRowGroup {
  const n = group.size;
  const pages: Record<string, EncodedPage[]> = {};
  for (const field of schema.fieldList) {
    pages[field.name] = [encodePage(field, group.pending[group.indexOf(field.name)], n)];
  }
  return { rowCount: n, pages };
}

/** The first `n` rows of a pending column as one data page (header and body) with its statistics. */
export function encodePage(field: Field, p: PendingColumn, n: number): EncodedPage {
  const { statistics, distinct, count } = pageStatistics(p, n);
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
  return { page, statistics, first_row_index: 0, distinct_values: distinct, num_values: n };
}

/** The thrift statistics of a page: min and max as PLAIN bytes (utf8 as its UTF-8 bytes), also as `min`/`max`. */
function encodeStatistics(s: PageStatistics, field: Field): Statistics {
  const min = s.min_value === undefined ? null : statisticsBytes(s.min_value, field);
  const max = s.max_value === undefined ? null : statisticsBytes(s.max_value, field);
  return new Statistics({
    max_value: max,
    min_value: min,
    null_count: s.null_count,
    distinct_count: s.distinct_count,
    max,
    min,
  });
}

function statisticsBytes(value: StatisticsValue, field: Field): Buffer {
  switch (field.primitiveType) {
    case 'BYTE_ARRAY':
      return Buffer.from(value as string, 'utf8');
    case 'BOOLEAN':
      return Buffer.of(value ? 1 : 0);
    case 'INT32': {
      const buf = Buffer.alloc(4);
      buf.writeInt32LE(value as number, 0);
      return buf;
    }
    default: {
      const buf = Buffer.alloc(8);
      buf.writeDoubleLE(value as number, 0);
      return buf;
    }
  }
}
