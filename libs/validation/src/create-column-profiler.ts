import { hash64, hashLo, hashOut } from './internal/hash';
import { CompactHashSet, TOUCH_BATCH } from './internal/compact-hash-set';
import { HyperLogLog } from './internal/hyper-log-log';
import { ValidationError } from './validation-error';
import type { ColumnProfilePart } from './profile-columns';

/** Null and uniqueness figures of one column. */
export interface ColumnProfile {
  rows: number;
  /** Empty values (`''` is a null). */
  nulls: number;
  /** nulls / rows (0 without rows). */
  nullShare: number;
  /** Distinct non-null values: exact up to the cap, else a HyperLogLog estimate (≈0.8 % error). */
  distinct: number;
  /** distinct / non-null values (1 for an id column; 0 without non-null values). */
  uniqueShare: number;
  /** False when `distinct` is an estimate. */
  exact: boolean;
}

/** A streaming profiler of some columns of one file. */
export interface ColumnProfiler {
  add(row: Record<string, string>): void;
  /**
   * Adds the rows another thread profiled ({@link profileColumns}, same columns in the same order): the
   * figures are exactly those of adding every row here, whatever the order of the parts.
   */
  addPart(part: ColumnProfilePart): void;
  /**
   * The columns counted by estimate so far, in column order: their exact count overflowed the cap, for good.
   * Parts of them need no exact hashes any more: a sketch (`profileColumns`'s `sketchOnly`) gives the same
   * figures, so a producer of parts may be told at any time.
   *
   * @example
   * const p = createColumnProfiler(['id', 'country'], { exactCap: 2 });
   * p.addPart(profileColumns(['id', 'country'], [{ id: '1' }, { id: '2' }, { id: '3' }]));
   * p.sketchedColumns(); // ['id']
   */
  sketchedColumns(): string[];
  finish(): Record<string, ColumnProfile>;
}

/** Default cap of exactly counted distinct values per column. */
export const DEFAULT_EXACT_DISTINCT_CAP = 200_000;

/** What the profiler knows of one column's values: their exact hashes up to the cap, a sketch past it. */
class ColumnState {
  nulls = 0;
  /** The hashes of the distinct values, while there are at most `cap` of them. */
  exact: CompactHashSet | undefined = new CompactHashSet();
  /** Once the exact set overflowed: a sketch of every value from the start (made from the set's hashes). */
  sketch: HyperLogLog | undefined;

  constructor(private readonly cap: number) {}

  /** Adds a value by its hash halves. */
  add(hi: number, lo: number): void {
    if (this.sketch) this.sketch.add(lo);
    else if ((this.exact as CompactHashSet).add(hi, lo) && (this.exact as CompactHashSet).size > this.cap)
      this.overflow();
  }

  /**
   * Adds values by their hash halves, `[hi0, lo0, hi1, lo1, …]`: the same as `add` of each, in one loop. The exact
   * set may overflow the cap only after the last of them: the sketch it then makes is the same (a function of the set).
   */
  addAll(hashes: Uint32Array): void {
    const exact = this.exact;
    if (this.sketch || !exact) {
      const sketch = this.sketch as HyperLogLog;
      for (let j = 1; j < hashes.length; j += 2) sketch.add(hashes[j]);
      return;
    }
    // The table grows once for them, not step by step (most hashes of a part may be new).
    exact.reserve(hashes.length / 2);
    // A few hundred at a time, their slots read ahead together: a set of millions misses the cache on each add.
    const count = hashes.length / 2;
    for (let from = 0; from < count; from += TOUCH_BATCH) {
      const to = Math.min(count, from + TOUCH_BATCH);
      exact.touch(hashes, from, to);
      for (let j = 2 * from; j < 2 * to; j += 2) exact.add(hashes[j], hashes[j + 1]);
    }
    if (exact.size > this.cap) this.overflow();
  }

  /** Adds the values a sketch has seen: the count is an estimate from now on. */
  merge(registers: Uint8Array): void {
    (this.sketch ?? this.overflow()).merge(registers);
  }

  /** Trades the exact set for a sketch of the same hashes (a sketch sees only their low halves). */
  private overflow(): HyperLogLog {
    const sketch = new HyperLogLog();
    this.exact?.forEach((_, lo) => sketch.add(lo)); // in any order: a sketch is a function of the set
    this.exact = undefined;
    this.sketch = sketch;
    return sketch;
  }
}

/**
 * Profiles columns while rows stream past: nulls, null share, distinct values, unique share. Memory is
 * bounded: each column keeps a typed-array set of 64-bit value hashes (exact in practice: a collision
 * among 200,000 values has odds of about 1 in 10^9) until it holds more than `exactCap` distinct values,
 * then only a HyperLogLog sketch (2^14 registers, 16 KiB, ≈0.8 % standard error) of every value from the
 * start: made from the set's hashes when it overflows, exactly the sketch of having added each value.
 *
 * @example
 * const p = createColumnProfiler(['id', 'email']);
 * rows.forEach((r) => p.add(r));
 * p.finish().email; // { rows, nulls, nullShare, distinct, uniqueShare, exact }
 */
export function createColumnProfiler(columns: readonly string[], options: { exactCap?: number } = {}): ColumnProfiler {
  const cap = options.exactCap ?? DEFAULT_EXACT_DISTINCT_CAP;
  if (!Number.isInteger(cap) || cap < 0)
    throw new ValidationError(`exactCap must be an integer >= 0, got ${cap}`, { field: 'exactCap', value: cap });
  const states = columns.map(() => new ColumnState(cap));
  let rows = 0;
  return {
    add(row) {
      rows++;
      for (let i = 0; i < columns.length; i++) {
        const value = row[columns[i]];
        const state = states[i];
        if (value === undefined || value === '') {
          state.nulls++;
          continue;
        }
        if (state.sketch) state.sketch.add(hashLo(value));
        else {
          hash64(value);
          state.add(hashOut[0], hashOut[1]);
        }
      }
    },
    addPart(part) {
      checkPart(part, columns.length);
      rows += part.rows;
      for (let i = 0; i < columns.length; i++) {
        const state = states[i];
        const hashes = part.hashes[i];
        state.nulls += part.nulls[i];
        state.addAll(hashes);
        const sketch = part.sketches?.[i];
        if (sketch) state.merge(sketch);
      }
    },
    sketchedColumns() {
      return columns.filter((_, i) => states[i].sketch !== undefined);
    },
    finish() {
      const out: Record<string, ColumnProfile> = {};
      columns.forEach((name, i) => {
        const s = states[i];
        const present = rows - s.nulls;
        const distinct = s.sketch
          ? Math.min(present, Math.round(s.sketch.estimate()))
          : (s.exact as CompactHashSet).size;
        out[name] = {
          rows,
          nulls: s.nulls,
          nullShare: rows ? s.nulls / rows : 0,
          distinct,
          uniqueShare: present ? distinct / present : 0,
          exact: s.sketch === undefined,
        };
      });
      return out;
    },
  };
}

/** Throws unless `part` has `width` columns and well-sized sketches. */
function checkPart(part: ColumnProfilePart, width: number): void {
  const fail = (what: string, field: string, value: number) => {
    throw new ValidationError(`a profile part has ${what}`, { field, value });
  };
  if (part.hashes.length !== width)
    fail(`${part.hashes.length} columns, not ${width}`, 'part.hashes', part.hashes.length);
  if (part.sketches && part.sketches.length !== width)
    fail(`${part.sketches.length} sketches, not ${width}`, 'part.sketches', part.sketches.length);
  for (const sketch of part.sketches ?? [])
    if (sketch && sketch.length !== HyperLogLog.SIZE)
      fail(`a sketch of ${sketch.length} registers, not ${HyperLogLog.SIZE}`, 'part.sketches', sketch.length);
}
