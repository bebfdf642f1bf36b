import type { ParquetColumn } from '../table-writer';

/** A converted value (`parquetValue`): `undefined` is a null. */
export type GroupValue = string | number | boolean | undefined;

/** One column of the row group being filled: strings (utf8) or numbers (int32, double, booleans as 0/1). */
interface PendingColumn {
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
  /** One row's converted values, checked whole before any is stored (a refused row leaves no trace). */
  private readonly scratch: GroupValue[];
  private readonly indexes: Map<string, number>;

  constructor(columns: readonly ParquetColumn[], capacity: number) {
    this.pending = columns.map((column) => ({
      column,
      strings: column.type === 'utf8' ? new Array<string>(capacity) : null,
      numbers: column.type === 'utf8' ? null : new Float64Array(capacity),
      present: new Uint8Array(capacity),
    }));
    this.scratch = new Array<GroupValue>(columns.length);
    this.indexes = new Map(columns.map((c, i) => [c.name, i]));
  }

  /** The index of the pending column named `name` (a column of the group). */
  indexOf(name: string): number {
    return this.indexes.get(name) as number;
  }

  /** Converts one row (`convert(column, index)` gives column `index`'s value), then stores it. */
  add(convert: (column: ParquetColumn, index: number) => GroupValue): void {
    const { pending, scratch } = this;
    for (let c = 0; c < pending.length; c++) scratch[c] = convert(pending[c].column, c);
    const row = this.size++;
    for (let c = 0; c < pending.length; c++) {
      const v = scratch[c];
      const p = pending[c];
      if (v === undefined) {
        p.present[row] = 0;
        continue;
      }
      p.present[row] = 1;
      if (p.strings) p.strings[row] = v as string;
      else (p.numbers as Float64Array)[row] = v === true ? 1 : v === false ? 0 : (v as number);
    }
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
