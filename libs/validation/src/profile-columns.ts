import { hash64, hashOut } from './internal/hash';
import { HashSet64 } from './internal/hash-set-64';

/**
 * Some rows of one file, profiled where they were made (e.g. a worker thread) for a
 * `ColumnProfiler.addPart` elsewhere: plain data with typed arrays, cheap to post between threads.
 */
export interface ColumnProfilePart {
  rows: number;
  /** Per column (in the profiler's order): empty values. */
  nulls: number[];
  /** Per column: the 64-bit hashes of its distinct non-empty values, interleaved `[hi0, lo0, hi1, lo1, …]`. */
  hashes: Uint32Array[];
}

/**
 * Profiles `rows` on `columns` into a mergeable part: null counts and the distinct value hashes the
 * profiler would have seen (`''` and missing values are nulls, as in `createColumnProfiler`).
 *
 * @example
 * const part = profileColumns(['id', 'email'], rows); // in a worker
 * profiler.addPart(part); // on the main thread, same columns
 */
export function profileColumns(columns: readonly string[], rows: Iterable<Record<string, string>>): ColumnProfilePart {
  // Sized for every value distinct when the rows are counted up front: the sets never grow.
  const capacity = Array.isArray(rows) ? 2 ** Math.ceil(Math.log2(2 * rows.length + 2)) : undefined;
  const sets = columns.map(() => new HashSet64(capacity));
  const nulls = columns.map(() => 0);
  let count = 0;
  for (const row of rows) {
    count++;
    for (let i = 0; i < columns.length; i++) {
      const value = row[columns[i]];
      if (value === undefined || value === '') {
        nulls[i]++;
        continue;
      }
      hash64(value);
      sets[i].add(hashOut[0], hashOut[1]);
    }
  }
  return { rows: count, nulls, hashes: sets.map((s) => s.toArray()) };
}
