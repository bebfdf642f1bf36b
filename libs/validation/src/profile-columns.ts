import { hash64, hashLo, hashOut } from './internal/hash';
import { DistinctHashes } from './internal/distinct-hashes';
import { HyperLogLog } from './internal/hyper-log-log';
import { columnReader, forEachChunk } from './internal/column-reader';

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

/** Options of {@link profileColumns} and {@link createPartProfiler}. */
export interface ProfileColumnsOptions {
  /**
   * Columns to profile by sketch only, without exact hashes: those a profiler counts by estimate already
   * (`ColumnProfiler.sketchedColumns`), whose hashes it would only fold into its sketch. Cheaper to make,
   * post and merge, and the merged figures are the same.
   */
  sketchOnly?: readonly string[];
  /**
   * Columns that {@link PartProfiler.add} does not read: their values come as hashes through
   * {@link PartProfiler.addHashes} instead, e.g. an id column that a `BlockChecker` hashed already
   * (`BlockChecker.idColumn`). Only for {@link createPartProfiler}.
   */
  preHashed?: readonly string[];
}

/**
 * Rows of one file profiled batch by batch (e.g. chunk by chunk, as a block is rendered) into one
 * {@link ColumnProfilePart}: the part of all the rows added, the same as {@link profileColumns} of them in the
 * same order. The rows need not be kept: a batch can be dropped once added.
 */
export interface PartProfiler {
  /** Profiles the next rows of the file, in file order (all but their `preHashed` columns). */
  add(rows: Iterable<Record<string, string>>): void;
  /**
   * Profiles the next values of a `preHashed` column by their 64-bit hashes (those `createColumnProfiler` gives
   * them), interleaved `[hi0, lo0, hi1, lo1, …]`, and `nulls` more empty values: the same as `add` of rows with
   * those values in that column. A column's values need come only in their own order, before `finish`.
   *
   * @example
   * const profiler = createPartProfiler(['id', 'email'], { preHashed: ['id'] });
   * profiler.add(rows); // reads `email` only
   * const ids = checker.idColumn('leads'); // the same rows' ids, hashed by the block's checks
   * if (ids) profiler.addHashes('id', ids.hashes, ids.nulls);
   */
  addHashes(column: string, hashes: Uint32Array, nulls: number): void;
  /** The part of every row added; the profiler is spent (no more `add` or `finish`). */
  finish(): ColumnProfilePart;
}

/**
 * Reusable sets, one per column position, shared by the profilers of this thread: a thread that profiles one
 * block after another allocates its tables once, sized by its largest block, instead of a table per column and
 * block. Profilers running at the same time (e.g. one per source of a block, or a call from inside a lazy
 * `rows` iterable) each take a pool of their own, the first free one, so each source keeps its tables from
 * block to block; past {@link POOLS_MAX} pools a profiler takes fresh sets. A set grown past
 * {@link POOLED_ENTRIES_MAX} entries is not kept, so a whole-file profile does not pin its memory.
 */
const pools: { sets: (DistinctHashes | undefined)[]; inUse: boolean }[] = [];

/** Pools kept at most (a profiler left unfinished keeps its pool). */
const POOLS_MAX = 8;

/** Entries a pooled set may have held and still be kept for the next profiler (about 16 MiB of table). */
const POOLED_ENTRIES_MAX = 1 << 19;

/** The first free pool, taken (a new one while there are fewer than {@link POOLS_MAX}), or null. */
function takePool(): (typeof pools)[number] | null {
  let pool = pools.find((p) => !p.inUse);
  if (!pool && pools.length < POOLS_MAX) pools.push((pool = { sets: [], inUse: false }));
  if (pool) pool.inUse = true;
  return pool ?? null;
}

/**
 * Creates a profiler of rows on `columns`, fed batch by batch: null counts and the distinct value hashes a
 * `createColumnProfiler` would have seen (`''` and missing values are nulls), or for the columns of
 * `options.sketchOnly` a HyperLogLog sketch of them; a column's hashes come in the order its values first
 * appear. Each batch is read column by column (a few thousand rows at a time, a lazy iterable once), each column
 * by a loop of its own kind: exact hashes or sketch.
 *
 * @example
 * const profiler = createPartProfiler(['id', 'email'], { sketchOnly: columnProfiler.sketchedColumns() });
 * for (const chunk of chunks) profiler.add(rowsOf(chunk)); // each chunk's rows can go right after
 * postMessage(profiler.finish()); // for `columnProfiler.addPart` on the main thread
 */
export function createPartProfiler(columns: readonly string[], options: ProfileColumnsOptions = {}): PartProfiler {
  const sketchOnly = new Set(options.sketchOnly);
  const preHashed = new Set(options.preHashed);
  for (const name of preHashed)
    if (!columns.includes(name)) throw new Error(`pre-hashed column '${name}' is not one of the columns`);
  /** The pre-hashed columns given their hashes (a profile of rows without them would silently count nothing). */
  const given = new Set<string>();
  /** The columns `add` reads, by position among `columns`. */
  const readAt = columns.flatMap((name, c) => (preHashed.has(name) ? [] : [c]));
  const sketches = columns.map((name) => (sketchOnly.has(name) ? new HyperLogLog() : null));
  const pool = takePool();
  const sets = columns.map((_, c) => (pool ? (pool.sets[c] ??= new DistinctHashes()) : new DistinctHashes()));
  for (const set of sets) set.clear();
  const read = columnReader(readAt.map((c) => columns[c]));
  const nulls = columns.map(() => 0);
  let count = 0;
  let finished = false;
  const open = () => {
    if (finished) throw new Error('this part profiler is finished');
  };
  return {
    add(rows) {
      open();
      forEachChunk(rows, (chunk) => {
        const values = read(chunk);
        for (let k = 0; k < readAt.length; k++) {
          const c = readAt[k];
          const sketch = sketches[c];
          nulls[c] += sketch === null ? hashInto(values[k], sets[c]) : sketchInto(values[k], sketch);
        }
        count += chunk.length;
      });
    },
    addHashes(column, hashes, empty) {
      open();
      const c = columns.indexOf(column);
      if (c < 0 || !preHashed.has(column)) throw new Error(`column '${column}' is not pre-hashed by this profiler`);
      given.add(column);
      nulls[c] += empty;
      const sketch = sketches[c];
      if (sketch === null) for (let i = 0; i < hashes.length; i += 2) sets[c].add(hashes[i], hashes[i + 1]);
      else for (let i = 1; i < hashes.length; i += 2) sketch.add(hashes[i]);
    },
    finish() {
      open();
      for (const name of preHashed) {
        if (count > 0 && !given.has(name))
          throw new Error(`pre-hashed column '${name}' was given no hashes (addHashes)`);
      }
      finished = true;
      const part: ColumnProfilePart = { rows: count, nulls, hashes: sets.map((s) => s.toArray()) };
      if (sketches.some((s) => s !== null)) part.sketches = sketches.map((s) => s?.registers ?? null);
      if (pool) {
        sets.forEach((set, c) => {
          if (set.size > POOLED_ENTRIES_MAX) pool.sets[c] = undefined;
        });
        pool.inUse = false;
      }
      return part;
    },
  };
}

/**
 * Profiles `rows` on `columns` into a mergeable part: null counts and the distinct value hashes the
 * profiler would have seen (`''` and missing values are nulls, as in `createColumnProfiler`), or for the
 * columns of `options.sketchOnly` a HyperLogLog sketch of them. The hashes of a column come in the order
 * their values first appear. The same as one batch of {@link createPartProfiler}.
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
  const profiler = createPartProfiler(columns, { sketchOnly: options.sketchOnly });
  profiler.add(rows);
  return profiler.finish();
}

/** Adds the hashes of a column's non-empty `values` to `set`; returns the number of empty ones (nulls). */
function hashInto(values: readonly (string | undefined)[], set: DistinctHashes): number {
  let nulls = 0;
  for (let r = 0; r < values.length; r++) {
    const value = values[r];
    if (value === undefined || value === '') nulls++;
    else {
      hash64(value);
      set.add(hashOut[0], hashOut[1]);
    }
  }
  return nulls;
}

/** Folds a column's non-empty `values` into `sketch`; returns the number of empty ones (nulls). */
function sketchInto(values: readonly (string | undefined)[], sketch: HyperLogLog): number {
  let nulls = 0;
  for (let r = 0; r < values.length; r++) {
    const value = values[r];
    if (value === undefined || value === '') nulls++;
    else sketch.add(hashLo(value));
  }
  return nulls;
}
