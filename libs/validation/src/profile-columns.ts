import { hash64, hashOut } from './internal/hash';
import { DistinctHashes } from './internal/distinct-hashes';

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
 * One reusable set per column position, shared by the calls of this thread (each call runs to its end before
 * the next): a thread that profiles one block after another allocates its tables once, sized by its largest
 * block, instead of a table per column and block.
 */
const pool: DistinctHashes[] = [];

/**
 * Profiles `rows` on `columns` into a mergeable part: null counts and the distinct value hashes the
 * profiler would have seen (`''` and missing values are nulls, as in `createColumnProfiler`). The hashes of
 * a column come in the order their values first appear.
 *
 * @example
 * const part = profileColumns(['id', 'email'], rows); // in a worker
 * profiler.addPart(part); // on the main thread, same columns
 */
export function profileColumns(columns: readonly string[], rows: Iterable<Record<string, string>>): ColumnProfilePart {
  const list = Array.isArray(rows) ? (rows as readonly Record<string, string>[]) : [...rows];
  const nulls = columns.map(() => 0);
  const hashes: Uint32Array[] = [];
  // Column by column: one table at a time, and each property load reads one key.
  for (let c = 0; c < columns.length; c++) {
    const set = (pool[c] ??= new DistinctHashes());
    set.clear();
    const name = columns[c];
    let empty = 0;
    for (let r = 0; r < list.length; r++) {
      const value = list[r][name];
      if (value === undefined || value === '') {
        empty++;
        continue;
      }
      hash64(value);
      set.add(hashOut[0], hashOut[1]);
    }
    nulls[c] = empty;
    hashes.push(set.toArray());
  }
  return { rows: list.length, nulls, hashes };
}
