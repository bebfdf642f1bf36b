import { columnReader, type ColumnReader, type ColumnValues } from './column-reader';
import type { SourcePlan } from './record-plan';

/** How to run the value checks of a {@link SourcePlan} on a batch of records read column by column. */
export interface ColumnChecks {
  /** Reads the batch's checked columns, then its id column (when the plan has one). */
  read: ColumnReader;
  /** Per check of the plan: the position of its column among those read. */
  columnOf: number[];
  /** The position of the id column among those read, or -1. */
  idAt: number;
}

/** The column-wise form of `plan`'s checks: each column read once, however many checks test it. */
export function planColumnChecks(plan: SourcePlan): ColumnChecks {
  const names = [...new Set(plan.checks.map((c) => c.column))];
  const columnOf = plan.checks.map((c) => names.indexOf(c.column));
  const idAt = plan.idColumn === undefined ? -1 : names.push(plan.idColumn) - 1;
  return { read: columnReader(names), columnOf, idAt };
}

/**
 * Runs the value checks of `plan` on a batch (`values` read by `columns.read` from `rows`) check by check,
 * without a tally: writes to `checked` the non-empty values each check tested, and returns true when every
 * value passed. Returns false at the first value that fails (`checked` is then partial), so that the caller can
 * check the batch record by record for the failure messages, in record order.
 */
export function passColumnChecks(
  plan: SourcePlan,
  columns: ColumnChecks,
  values: ColumnValues,
  rows: readonly Record<string, string>[],
  checked: number[],
): boolean {
  const { checks } = plan;
  for (let k = 0; k < checks.length; k++) {
    const rule = checks[k].rule;
    const column = values[columns.columnOf[k]];
    let n = 0;
    for (let r = 0; r < column.length; r++) {
      const value = column[r];
      if (value === undefined || value === '') continue;
      n++;
      if (rule(value, rows[r]) !== null) return false;
    }
    checked[k] = n;
  }
  return true;
}
