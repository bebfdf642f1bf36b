import { hash64, hash64Bytes, hashLo, hashLoBytes, hashOut } from './internal/hash';
import { DistinctHashes } from './internal/distinct-hashes';
import { HyperLogLog } from './internal/hyper-log-log';
import { columnReader, forEachChunk, READ_CHUNK_ROWS } from './internal/column-reader';
import { NOT_PLAIN, splitPlainLine } from './internal/plain-line';

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
   * Profiles the next rows of the file as `add` does, each row given with its CSV line as just written: row `r`
   * is the line that starts at byte `lineStarts[r]` of `csv` (UTF-8, the profiler's columns in its order, ended
   * by `\n`), e.g. the bytes of a `CsvBytes` that the rows were added to. A plain line (ASCII, nothing quoted) is
   * profiled from its bytes, which are its values' code units, without reading the row again; any other row
   * from its values. The part is the same as that of `add(rows)` for rows of string values written with
   * csv-stringify's quoting (as `CsvBytes` writes them); rows are taken a chunk of a few thousand at a time.
   *
   * @example
   * const out = new CsvBytes(); // of @synth/io
   * const starts: number[] = [];
   * for (const row of rows) {
   *   starts.push(out.byteLength);
   *   out.addRow(columns, row);
   * }
   * profiler.addCsvLines(rows, out.view(), starts);
   */
  addCsvLines(rows: readonly Record<string, string>[], csv: Uint8Array, lineStarts: ArrayLike<number>): void;
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
  /** Per row of the lines being added, the bounds of its fields (see `splitPlainLine`). */
  let bounds = new Int32Array(0);
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
    addCsvLines(rows, csv, lineStarts) {
      open();
      if (lineStarts.length < rows.length) {
        throw new RangeError(`${rows.length} rows but ${lineStarts.length} line starts`);
      }
      // A chunk of rows at a time, as `add` reads them: the bounds and pending hashes stay small however many come.
      for (let from = 0; from < rows.length; from += READ_CHUNK_ROWS) {
        const chunk = rows.length <= READ_CHUNK_ROWS ? rows : rows.slice(from, from + READ_CHUNK_ROWS);
        const n = chunk.length;
        const lines: Lines = { csv, rows: chunk, stride: columns.length + 1, bounds };
        if (bounds.length < n * lines.stride) lines.bounds = bounds = new Int32Array(n * lines.stride);
        for (let r = 0; r < n; r++) {
          splitPlainLine(csv, lineStarts[from + r], columns.length, bounds, r * lines.stride);
        }
        for (let k = 0; k < readAt.length; k++) {
          const c = readAt[k];
          const sketch = sketches[c];
          nulls[c] +=
            sketch === null
              ? hashLinesInto(lines, c, columns[c], sets[c])
              : sketchLinesInto(lines, c, columns[c], sketch);
        }
        count += n;
      }
    },
    addHashes(column, hashes, empty) {
      open();
      const c = columns.indexOf(column);
      if (c < 0 || !preHashed.has(column)) throw new Error(`column '${column}' is not pre-hashed by this profiler`);
      given.add(column);
      nulls[c] += empty;
      const sketch = sketches[c];
      if (sketch === null) sets[c].addAll(hashes, hashes.length / 2);
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
  if (pending.length < 2 * values.length) pending = new Uint32Array(2 * values.length);
  let n = 0;
  for (let r = 0; r < values.length; r++) {
    const value = values[r];
    if (value === undefined || value === '') nulls++;
    else {
      hash64(value);
      pending[n++] = hashOut[0];
      pending[n++] = hashOut[1];
    }
  }
  set.addAll(pending, n / 2);
  return nulls;
}

/** The hashes of the column being added, before they go into its set. */
let pending = new Uint32Array(1024);

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

/** A batch of rows and their CSV lines, split into fields (see `PartProfiler.addCsvLines`). */
interface Lines {
  csv: Uint8Array;
  rows: readonly Record<string, string>[];
  /** Bounds per row: row `r`'s are `bounds[r * stride, (r + 1) * stride)`, as `splitPlainLine` writes them. */
  stride: number;
  bounds: Int32Array;
}

/**
 * {@link hashInto} of column `c` (named `name`) of a batch of lines: each field hashed from its bytes, or from
 * its row's value where the line is not plain.
 */
function hashLinesInto({ csv, rows, stride, bounds }: Lines, c: number, name: string, set: DistinctHashes): number {
  let nulls = 0;
  if (pending.length < 2 * rows.length) pending = new Uint32Array(2 * rows.length);
  let n = 0;
  for (let r = 0, at = 0; r < rows.length; r++, at += stride) {
    if (bounds[at] === NOT_PLAIN) {
      const value = rows[r][name];
      if (value === undefined || value === '') {
        nulls++;
        continue;
      }
      hash64(value);
    } else {
      const from = bounds[at + c] + 1;
      const to = bounds[at + c + 1];
      if (from === to) {
        nulls++;
        continue;
      }
      hash64Bytes(csv, from, to);
    }
    pending[n++] = hashOut[0];
    pending[n++] = hashOut[1];
  }
  set.addAll(pending, n / 2);
  return nulls;
}

/** {@link sketchInto} of column `c` (named `name`) of a batch of lines, as {@link hashLinesInto} reads it. */
function sketchLinesInto({ csv, rows, stride, bounds }: Lines, c: number, name: string, sketch: HyperLogLog): number {
  let nulls = 0;
  for (let r = 0, at = 0; r < rows.length; r++, at += stride) {
    if (bounds[at] === NOT_PLAIN) {
      const value = rows[r][name];
      if (value === undefined || value === '') nulls++;
      else sketch.add(hashLo(value));
    } else {
      const from = bounds[at + c] + 1;
      const to = bounds[at + c + 1];
      if (from === to) nulls++;
      else sketch.add(hashLoBytes(csv, from, to));
    }
  }
  return nulls;
}
