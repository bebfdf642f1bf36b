// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./parquetjs-lite.d.ts" />
import fc from 'fast-check';
import { serializeThrift } from 'parquetjs-lite/lib/util';
import {
  ColumnIndex,
  ColumnMetaData,
  DataPageHeader,
  OffsetIndex,
  PageHeader,
  PageLocation,
  Statistics,
} from 'parquetjs-lite/gen-nodejs/parquet_types';
import { CompactWriter } from './thrift-compact';

const i32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const i64 = fc.oneof(
  i32,
  fc.maxSafeInteger(),
  fc.maxSafeInteger().map((n) => -n),
);
const bytes = fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

const statistics = fc
  .record({ max: maybe(bytes), min: maybe(bytes), null_count: i64, distinct_count: i64 })
  .map((s) => new Statistics({ ...s, max_value: s.max, min_value: s.min }));

const pageHeader = fc
  .record({ type: fc.nat(3), sizes: fc.tuple(i32, i32), values: i32, encodings: fc.tuple(i32, i32, i32), statistics })
  .map((r) => {
    const header = new PageHeader();
    header.type = r.type;
    [header.uncompressed_page_size, header.compressed_page_size] = r.sizes;
    const data = new DataPageHeader();
    data.num_values = r.values;
    [data.encoding, data.definition_level_encoding, data.repetition_level_encoding] = r.encodings;
    data.statistics = r.statistics;
    header.data_page_header = data;
    return header;
  });

const columnMetaData = fc
  .record({
    type: fc.nat(7),
    encodings: fc.array(fc.nat(9), { maxLength: 20 }),
    path_in_schema: fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 3 }),
    codec: fc.nat(7),
    num_values: i64,
    total_uncompressed_size: i64,
    total_compressed_size: i64,
    data_page_offset: i64,
    statistics,
  })
  .map((r) => new ColumnMetaData(r));

const columnIndex = fc
  .record({
    null_pages: fc.array(fc.boolean(), { maxLength: 20 }),
    min_values: fc.array(bytes, { maxLength: 20 }),
    max_values: fc.array(bytes, { maxLength: 20 }),
    boundary_order: fc.nat(2),
  })
  .map((r) => new ColumnIndex(r));

const offsetIndex = fc
  .array(fc.record({ offset: i64, compressed_page_size: i32, first_row_index: i64 }), { maxLength: 20 })
  .map((locations) => new OffsetIndex({ page_locations: locations.map((l) => new PageLocation(l)) }));

describe(CompactWriter, () => {
  it('should give the bytes of parquetjs-lite for its parquet structs', () => {
    fc.assert(
      fc.property(fc.oneof(pageHeader, columnMetaData, columnIndex, offsetIndex), (value) => {
        expect(CompactWriter.serialize(value).equals(serializeThrift(value))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('should refuse an i64 it cannot write exactly', () => {
    expect(() => new CompactWriter().writeI64(2 ** 60)).toThrow('Not an i64');
  });
});
