import { hash64, hashLo, hashOut } from './internal/hash';
import { DistinctHashes } from './internal/distinct-hashes';
import { HyperLogLog } from './internal/hyper-log-log';

/**
 * Some rows of one file, profiled where they were made (e.g. a worker thread) for a
 * `ColumnProfiler.addPart` elsewhere: plain data with typed arrays, cheap to post between threads.
 */
export interface ColumnProfilePart {
  rows: number;
  /** Per column (in the profiler's order): empty values. */
  nulls: number[];
  /**
   * Per column: the 64-bit hashes of its distinct non-empty values, interleaved `[hi0, lo0, hi1, lo1, …]`;
   * empty for a column profiled by sketch only.
   */
  hashes: Uint32Array[];
  /**
   * Per column: for a column profiled by sketch only (`sketchOnly` of {@link profileColumns}), the registers
   * (16,384 bytes) of a HyperLogLog sketch of its non-empty values, else null. A column's values are those of
   * its hashes and its sketch. Absent when no column has a sketch.
   */
  sketches?: (Uint8Array | null)[];
}

/** Options of {@link profileColumns}. */
export interface ProfileColumnsOptions {
  /**
   * Columns to profile by sketch only, without exact hashes: those a profiler counts by estimate already
   * (`ColumnProfiler.sketchedColumns`), whose hashes it would only fold into its sketch. Cheaper to make,
   * post and merge, and the merged figures are the same.
   */
  sketchOnly?: readonly string[];
}

/**
 * One reusable set per column position, shared by the calls of this thread: a thread that profiles one block
 * after another allocates its tables once, sized by its largest block, instead of a table per column and block.
 * A call made while another is running (e.g. from inside a lazy `rows` iterable) takes fresh sets, and a set
 * grown past {@link POOLED_ENTRIES_MAX} entries is not kept, so a whole-file profile does not pin its memory.
 */
const pool: (DistinctHashes | undefined)[] = [];
let poolInUse = false;

/** Entries a pooled set may have held and still be kept for the next call (about 16 MiB of table). */
const POOLED_ENTRIES_MAX = 1 << 19;

/** Distinct values of a column remembered as strings; past them the column is taken as of many values. */
const FEW_VALUES = 512;

/**
 * Profiles `rows` on `columns` into a mergeable part: null counts and the distinct value hashes the
 * profiler would have seen (`''` and missing values are nulls, as in `createColumnProfiler`), or for the
 * columns of `options.sketchOnly` a HyperLogLog sketch of them. The hashes of a column come in the order
 * their values first appear.
 *
 * @example
 * const part = profileColumns(['id', 'email'], rows); // in a worker
 * profiler.addPart(part); // on the main thread, same columns
 * // Later parts: the columns the profiler already estimates need only a sketch.
 * profiler.addPart(profileColumns(['id', 'email'], moreRows, { sketchOnly: profiler.sketchedColumns() }));
 */
export function profileColumns(
  columns: readonly string[],
  rows: Iterable<Record<string, string>>,
  options: ProfileColumnsOptions = {},
): ColumnProfilePart {
  const sketchOnly = new Set(options.sketchOnly);
  const sketches = columns.map((name) => (sketchOnly.has(name) ? new HyperLogLog() : null));
  if (poolInUse)
    return profileInto(
      columns,
      rows,
      columns.map(() => new DistinctHashes()),
      sketches,
    );
  poolInUse = true;
  try {
    const sets = columns.map((_, c) => (pool[c] ??= new DistinctHashes()));
    const part = profileInto(columns, rows, sets, sketches);
    sets.forEach((set, c) => {
      if (set.size > POOLED_ENTRIES_MAX) pool[c] = undefined;
    });
    return part;
  } finally {
    poolInUse = false;
  }
}

/** {@link profileColumns} with the given (reused or fresh) set per column, and a sketch per sketch-only column. */
function profileInto(
  columns: readonly string[],
  rows: Iterable<Record<string, string>>,
  sets: DistinctHashes[],
  sketches: (HyperLogLog | null)[],
): ColumnProfilePart {
  // Two passes need the rows twice: a lazy iterable is copied only then (one pass streams it).
  const list = sketches.some((s) => s !== null) && !Array.isArray(rows) ? Array.from(rows) : rows;
  const nulls = columns.map(() => 0);
  const exact: number[] = [];
  const sketched: number[] = [];
  sketches.forEach((sketch, c) => (sketch === null ? exact : sketched).push(c));
  // Two passes, each a small loop the compiler inlines whole: the exact columns, then the sketched ones.
  const count = hashInto(columns, list, exact, sets, nulls);
  if (sketched.length > 0) sketchInto(columns, list, sketched, sketches as HyperLogLog[], nulls);
  const part: ColumnProfilePart = { rows: count, nulls, hashes: sets.map((s) => s.toArray()) };
  if (sketched.length > 0) part.sketches = sketches.map((s) => s?.registers ?? null);
  return part;
}

/**
 * Counts the nulls of the columns at `indices` and collects the hashes of their distinct values in `sets`;
 * returns the number of rows.
 */
function hashInto(
  columns: readonly string[],
  rows: Iterable<Record<string, string>>,
  indices: readonly number[],
  sets: DistinctHashes[],
  nulls: number[],
): number {
  // Per column, the values seen so far while they are few: a repeated value is skipped before it is hashed.
  const seen: (Set<string> | undefined)[] = columns.map(() => undefined);
  for (const c of indices) seen[c] = new Set();
  for (const set of sets) set.clear();
  let count = 0;
  for (const row of rows) {
    count++;
    for (let k = 0; k < indices.length; k++) {
      const c = indices[k];
      const value = row[columns[c]];
      if (value === undefined || value === '') {
        nulls[c]++;
        continue;
      }
      const few = seen[c];
      if (few !== undefined) {
        if (few.has(value)) continue;
        if (few.size < FEW_VALUES) few.add(value);
        else seen[c] = undefined;
      }
      hash64(value);
      sets[c].add(hashOut[0], hashOut[1]);
    }
  }
  return count;
}

/** Counts the nulls of the columns at `indices` and folds their values into `sketches` (repeats cost little). */
function sketchInto(
  columns: readonly string[],
  rows: Iterable<Record<string, string>>,
  indices: readonly number[],
  sketches: HyperLogLog[],
  nulls: number[],
): void {
  for (const row of rows) {
    for (let k = 0; k < indices.length; k++) {
      const c = indices[k];
      const value = row[columns[c]];
      if (value === undefined || value === '') nulls[c]++;
      else sketches[c].add(hashLo(value));
    }
  }
}
