import { columnValue } from '../column-batch';
import type { ColumnValues } from '../column-batch';
import type { ParquetColumn } from '../table-writer';

/** A converted value (`parquetValue`): `undefined` is a null. */
export type GroupValue = string | number | boolean | undefined;

/** One column of the row group being filled: strings (utf8) or numbers (int32, double, booleans as 0/1). */
export interface PendingColumn {
  readonly column: ParquetColumn;
  readonly strings: string[] | null;
  readonly numbers: Float64Array | null;
  /** 1 where the row has a value, 0 for a null. */
  readonly present: Uint8Array;
}

/**
 * The rows of one parquet row group, held column by column as they arrive (no object per row), until the
 * writer hands them to parquetjs-lite. Holds at most `capacity` rows; `clear()` makes it reusable.
 */
export class ColumnGroup {
  /** Rows held. */
  size = 0;
  readonly pending: readonly PendingColumn[];
  private readonly indexes: Map<string, number>;

  constructor(columns: readonly ParquetColumn[], capacity: number) {
    this.pending = columns.map((column) => ({
      column,
      strings: column.type === 'utf8' ? new Array<string>(capacity) : null,
      numbers: column.type === 'utf8' ? null : new Float64Array(capacity),
      present: new Uint8Array(capacity),
    }));
    this.indexes = new Map(columns.map((c, i) => [c.name, i]));
  }

  /** The index of the pending column named `name` (a column of the group). */
  indexOf(name: string): number {
    return this.indexes.get(name) as number;
  }

  /**
   * Converts one row (`convert(column, index)` gives column `index`'s value) and stores it. A refused row
   * leaves no trace: values go to the free slot, which only counts once the whole row is in.
   */
  add(convert: (column: ParquetColumn, index: number) => GroupValue): void {
    const { pending } = this;
    const row = this.size;
    for (let c = 0; c < pending.length; c++) this.put(pending[c], row, convert(pending[c].column, c));
    this.size++;
  }

  /**
   * Stores row `row` of batch columns `sources` (one per pending column, `undefined` for a missing one).
   * Values of the column's own type are copied as they are; anything else goes through `convert` (which
   * also refuses a null in a required column).
   */
  addFrom(
    sources: readonly (ColumnValues | undefined)[],
    row: number,
    convert: (column: ParquetColumn, value: string | number | boolean | null) => GroupValue,
  ): void {
    const { pending } = this;
    const at = this.size;
    for (let c = 0; c < pending.length; c++) {
      const p = pending[c];
      const source = sources[c];
      if (source === undefined || source.type !== p.column.type) {
        this.put(p, at, convert(p.column, columnValue(source, row)));
      } else if (source.type === 'utf8') {
        const v = source.values[row];
        if (v === null) this.put(p, at, convert(p.column, null));
        else this.put(p, at, v);
      } else if (source.nulls !== undefined && source.nulls[row] === 1) {
        this.put(p, at, convert(p.column, null));
      } else {
        p.present[at] = 1;
        (p.numbers as Float64Array)[at] =
          source.type === 'boolean' ? (source.values[row] === 1 ? 1 : 0) : source.values[row];
      }
    }
    this.size++;
  }

  /**
   * Stores `count` rows of batch columns `sources` column by column: row `k` is batch row `rows[from + k]` (or
   * `from + k` without `rows`). The same values as {@link addFrom} row by row; nothing is stored (`size` does not
   * change) if `convert` refuses a value: the caller then redoes the rows one by one to keep those before it.
   * At most the free slots (`capacity - size`) can be filled.
   */
  addColumns(
    sources: readonly (ColumnValues | undefined)[],
    rows: ArrayLike<number> | undefined,
    from: number,
    count: number,
    convert: (column: ParquetColumn, value: string | number | boolean | null) => GroupValue,
  ): void {
    const at = this.size;
    const rowOf = (k: number) => (rows === undefined ? from + k : rows[from + k]);
    for (let c = 0; c < this.pending.length; c++) {
      const p = this.pending[c];
      const source = sources[c];
      const { present } = p;
      if (source === undefined || source.type !== p.column.type) {
        for (let k = 0; k < count; k++) this.put(p, at + k, convert(p.column, columnValue(source, rowOf(k))));
      } else if (source.type === 'utf8') {
        const strings = p.strings as string[];
        for (let k = 0; k < count; k++) {
          const v = source.values[rowOf(k)];
          if (v === null) this.put(p, at + k, convert(p.column, null));
          else {
            present[at + k] = 1;
            strings[at + k] = v;
          }
        }
      } else {
        const numbers = p.numbers as Float64Array;
        const { values, nulls } = source;
        const boolean = source.type === 'boolean';
        for (let k = 0; k < count; k++) {
          const row = rowOf(k);
          if (nulls !== undefined && nulls[row] === 1) this.put(p, at + k, convert(p.column, null));
          else {
            present[at + k] = 1;
            numbers[at + k] = boolean ? (values[row] === 1 ? 1 : 0) : values[row];
          }
        }
      }
    }
    this.size += count;
  }

  private put(p: PendingColumn, row: number, v: GroupValue): void {
    if (v === undefined) {
      p.present[row] = 0;
      return;
    }
    p.present[row] = 1;
    if (p.strings) p.strings[row] = v as string;
    else (p.numbers as Float64Array)[row] = v === true ? 1 : v === false ? 0 : (v as number);
  }

  /** The value of `row` in pending column `c` as parquetjs-lite takes it (`undefined` for a null). */
  value(c: number, row: number): GroupValue {
    const p = this.pending[c];
    if (p.present[row] === 0) return undefined;
    if (p.strings) return p.strings[row];
    const n = (p.numbers as Float64Array)[row];
    return p.column.type === 'boolean' ? n === 1 : n;
  }

  /** Forgets every row; the arrays are reused. */
  clear(): void {
    this.size = 0;
  }
}
