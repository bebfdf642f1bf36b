import type { ColumnBatch, ColumnValues } from '@synth/io';
import { columnValue } from '@synth/io';
import { PAIR_KEY_COLUMNS, PAIR_KINDS, SOURCES, SPLITS } from '@synth/features';
import type { Split } from '@synth/features';
import type { Pair, PairBatch, PairingColumns, PairRow } from '@synth/pairing';

/** The utf8 key columns of a pair table (all key columns but `y`). */
const TEXT_KEYS = PAIR_KEY_COLUMNS.filter((name) => name !== 'y') as readonly Exclude<keyof Pair, 'features' | 'y'>[];

/**
 * A block's pairs column by column, in pair order: the key columns as strings, `y` as an `Int32Array`, and
 * each feature as a `Float64Array` with a null mask. All features share one `Float64Array` and one `Uint8Array`
 * (a feature's column is a slice of them), so the table crosses a worker boundary as three transferred
 * buffers and a few string arrays. The columns are those of `pairColumns(features)`.
 */
export interface PairTable extends ColumnBatch {
  /** The feature columns, in column order. */
  readonly features: readonly string[];
}

/**
 * The pairs as a {@link PairTable}: what `pairToRow` gives row by row (a NaN or missing feature is a null),
 * without an object per pair. The block pass uses {@link pairBatchTable}; this is its reference (the specs
 * compare the two) and the way to a table from `Pair` objects.
 *
 * @example
 * const table = toPairTable(pairs, featureNames);
 * formatCsvColumns(PAIR_CSV_COLUMNS, table); // pairs.csv lines
 */
export function toPairTable(pairs: readonly Pair[], features: readonly string[]): PairTable {
  const n = pairs.length;
  const columns: Record<string, ColumnValues> = {};
  const text = TEXT_KEYS.map(() => new Array<string>(n));
  const y = new Int32Array(n);
  const width = features.length;
  const values = new Float64Array(n * width);
  const nulls = new Uint8Array(n * width);
  for (let i = 0; i < n; i++) {
    const pair = pairs[i];
    for (let k = 0; k < TEXT_KEYS.length; k++) text[k][i] = pair[TEXT_KEYS[k]];
    y[i] = pair.y;
    for (let f = 0; f < width; f++) {
      const v = pair.features[features[f]];
      // Feature f's column is [f * n, (f + 1) * n).
      if (v === null || v === undefined || Number.isNaN(v)) nulls[f * n + i] = 1;
      else values[f * n + i] = v;
    }
  }
  TEXT_KEYS.forEach((key, k) => (columns[key] = { type: 'utf8', values: text[k] }));
  columns['y'] = { type: 'int32', values: y };
  features.forEach((name, f) => {
    const at = f * n;
    columns[name] = { type: 'double', values: values.subarray(at, at + n), nulls: nulls.subarray(at, at + n) };
  });
  return { length: n, columns, features };
}

/**
 * A {@link PairTable} of a pair batch (`buildPairBatch` of `records`): the same table `toPairTable` makes of the
 * same pairs as objects. The feature columns are slices of the batch's own `values` and `nulls` (not copied),
 * so the table takes them over: transferring it detaches them from the batch.
 *
 * @example
 * const table = pairBatchTable(buildPairBatch(records, options), records); // records: a PairingColumns
 * formatCsvColumns(PAIR_CSV_COLUMNS, table); // pairs.csv lines
 */
export function pairBatchTable(batch: PairBatch, records: Pick<PairingColumns, 'source' | 'id'>): PairTable {
  const n = batch.length;
  const srcA = new Array<string>(n);
  const idA = new Array<string>(n);
  const srcB = new Array<string>(n);
  const idB = new Array<string>(n);
  const kind = new Array<string>(n);
  const split = new Array<string>(n);
  const { source, id } = records;
  for (let i = 0; i < n; i++) {
    const a = batch.a[i];
    const b = batch.b[i];
    srcA[i] = SOURCES[source[a]];
    idA[i] = id[a];
    srcB[i] = SOURCES[source[b]];
    idB[i] = id[b];
    kind[i] = PAIR_KINDS[batch.kind[i]];
    split[i] = SPLITS[batch.split[i]];
  }
  const text = { src_a: srcA, id_a: idA, src_b: srcB, id_b: idB, pair_kind: kind, split };
  // Columns in the order toPairTable gives them: the text keys, y, the features.
  const columns: Record<string, ColumnValues> = {};
  for (const key of TEXT_KEYS) columns[key] = { type: 'utf8', values: text[key] };
  columns['y'] = { type: 'int32', values: Int32Array.from(batch.y) };
  const { values, nulls } = batch;
  batch.features.forEach((name, f) => {
    const at = f * n;
    columns[name] = { type: 'double', values: values.subarray(at, at + n), nulls: nulls.subarray(at, at + n) };
  });
  return { length: n, columns, features: batch.features };
}

/**
 * The rows of a pair table as objects, in pair order: for each pair, what `pairToRow` gives (the key columns
 * then one column per feature, null for a missing feature). For consumers that want rows, such as samples.
 *
 * @example
 * for (const row of pairRows(table)) sample.add(row);
 */
export function* pairRows(table: PairTable): Generator<PairRow> {
  const names = [...PAIR_KEY_COLUMNS, ...table.features];
  const columns = names.map((name) => table.columns[name]);
  for (let i = 0; i < table.length; i++) {
    const row: PairRow = {};
    names.forEach((name, c) => (row[name] = columnValue(columns[c], i) as string | number | null));
    yield row;
  }
}

/** The rows of a pair table in each split, in pair order: the rows each split's parquet file takes. */
export function rowsBySplit(table: PairTable): Record<Split, number[]> {
  const out = Object.fromEntries(SPLITS.map((s) => [s, [] as number[]])) as Record<Split, number[]>;
  const split = table.columns['split'];
  if (split?.type === 'utf8') split.values.forEach((s, i) => out[s as Split]?.push(i));
  return out;
}

/** Every buffer behind the table's typed arrays, once each: the transfer list of a `postMessage`. */
export function pairTableBuffers(table: PairTable): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const column of Object.values(table.columns)) {
    if (column.type === 'utf8') continue;
    buffers.add(column.values.buffer as ArrayBuffer);
    if (column.nulls) buffers.add(column.nulls.buffer as ArrayBuffer);
  }
  return [...buffers];
}
