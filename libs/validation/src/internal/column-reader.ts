/** A batch of rows read column by column: per column (in the reader's order), the value of each row. */
export type ColumnValues = (string | undefined)[][];

/** Rows read column by column at a time at most, so that a whole file given as one batch is not copied at once. */
export const READ_CHUNK_ROWS = 4096;

/**
 * Calls `f` with the consecutive chunks of `rows` (an array or a lazy iterable, read once), at most
 * {@link READ_CHUNK_ROWS} rows each: `rows` itself when it is an array that short.
 */
export function forEachChunk(
  rows: Iterable<Record<string, string>>,
  f: (chunk: readonly Record<string, string>[]) => void,
): void {
  if (Array.isArray(rows) && rows.length <= READ_CHUNK_ROWS) return f(rows);
  let chunk: Record<string, string>[] = [];
  for (const row of rows) {
    chunk.push(row);
    if (chunk.length === READ_CHUNK_ROWS) {
      f(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) f(chunk);
}

/** Reads some columns of a batch of rows: `columns[c][r]` is `rows[r][names[c]]`. */
export type ColumnReader = (rows: readonly Record<string, string>[]) => ColumnValues;

/**
 * The reader of columns `names`: `(rows) => [[rows[0].id, rows[1].id, …], [rows[0].email, …], …]`, one loop over
 * the rows with a named load per column, each its own load site, so that it stays fast on the few row shapes a
 * column sees, where one keyed load `row[name]` shared by every column (and every file) is megamorphic. The loop's
 * source holds only the names as JSON string literals; runs where code generation from strings is disallowed get
 * the same columns by a plain loop. The arrays are new for each batch (they die young with its rows). Readers are
 * kept by their names (a few column lists per run), so that each block's checks reuse one warmed-up loop.
 *
 * @example
 * const read = columnReader(['id', 'email']);
 * read([{ id: 'L1', email: 'a@b.co' }, { id: 'L2', email: '' }]); // [['L1', 'L2'], ['a@b.co', '']]
 */
export function columnReader(names: readonly string[]): ColumnReader {
  const key = JSON.stringify(names);
  let reader = readers.get(key);
  if (!reader) {
    if (readers.size >= READERS_MAX) readers.clear();
    readers.set(key, (reader = compileReader(names)));
  }
  return reader;
}

/** Readers made so far, by the JSON of their names. */
const readers = new Map<string, ColumnReader>();

/** Readers kept at most (a run needs a few: the checked and profiled columns of each file). */
const READERS_MAX = 64;

/** A new reader of columns `names` (see {@link columnReader}). */
function compileReader(names: readonly string[]): ColumnReader {
  const width = names.length;
  const outs = names.map((_, c) => `o${c}`);
  const body = [
    "'use strict';",
    'const n = rows.length;',
    ...outs.map((o) => `const ${o} = new Array(n);`),
    'for (let r = 0; r < n; r++) {',
    '  const row = rows[r];',
    ...names.map((name, c) => `  o${c}[r] = row[${JSON.stringify(name)}];`),
    '}',
    `return [${outs.join(', ')}];`,
  ].join('\n');
  try {
    return new Function('rows', body) as ColumnReader;
  } catch (error) {
    // Code generation disallowed (`--disallow-code-generation-from-strings`, a CSP): the same columns by a loop.
    if (!(error instanceof EvalError)) throw error;
    return (rows) =>
      Array.from({ length: width }, (_, c) => {
        const name = names[c];
        return rows.map((row) => row[name]);
      });
  }
}
