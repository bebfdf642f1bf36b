import type { CsvRow } from '../table-writer';
import { cellText } from './csv-line';
import { writePlain } from './write-plain';

const COMMA = 44;
const LF = 10;

/**
 * What a {@link RowWriter} writes to: a byte buffer that lines are appended to. A row of plain ASCII values is
 * written straight into the buffer (`room`, then `commit`); any other row goes field by field through `addField`.
 */
export interface RowSink {
  /** Bytes held so far: where the next line starts. */
  readonly byteLength: number;
  /** Makes room for `bytes` more bytes after the ones held; the buffer to write them into. */
  room(bytes: number): Uint8Array;
  /** Takes the buffer's bytes up to `end` (exclusive) as held, the line written there included. */
  commit(end: number): void;
  /** Appends one field, any value (quoted and encoded as it must be), then the byte `end` (a comma or `\n`). */
  addField(value: string, end: number): void;
}

/** Writes the line of one row, column by column, into a sink (the last field ended by `\n`, the others by `,`). */
export type RowWriter = (sink: RowSink, row: CsvRow) => void;

/** Compiled writers by their columns (as JSON): arrays with the same names share one. */
const writers = new Map<string, RowWriter>();
/** Distinct column lists kept at most; past it the cache starts over (a run writes a handful). */
const MAX_WRITERS = 256;

/**
 * The row writer of `columns` (at least one), cached by the column names, compiled once: it reads each column's
 * value (`row.id`, …, as text), makes room for all of them at once, and copies them one after the other into the
 * sink's buffer with {@link writePlain}, the position in a local; the line is committed once. A row with any value
 * that is not plain ASCII (or needs quoting) is written again, field by field, by the sink's `addField`. Each
 * column is a load of a named property with its own call site instead of a keyed load by a name read from the
 * array (megamorphic over a table's columns). A new array of the same names (e.g. a literal per call) finds the
 * same writer. The source holds only the names, as JSON string literals. Where code generation from strings is
 * disallowed, the same line by a loop.
 *
 * @example
 * const write = rowWriter(['id', 'name']);
 * write(sink, { id: '1', name: 'Ann' }); // '1,Ann\n' appended to the sink's buffer
 */
export function rowWriter(columns: readonly string[]): RowWriter {
  const key = JSON.stringify(columns);
  let writer = writers.get(key);
  if (writer === undefined) {
    writer = compileRowWriter(columns);
    if (writers.size >= MAX_WRITERS) writers.clear();
    writers.set(key, writer);
  }
  return writer;
}

function compileRowWriter(columns: readonly string[]): RowWriter {
  const n = columns.length;
  if (n === 0) throw new RangeError('rowWriter: at least one column');
  const end = (i: number) => (i === n - 1 ? LF : COMMA);
  const vars = columns.map((_, i) => `v${i}`);
  const reads = columns.map(
    (name, i) => `v = row[${JSON.stringify(name)}];\nconst v${i} = typeof v === 'string' ? v : cellText(v);`,
  );
  const plain = vars.map((v, i) => `(at = writePlain(buffer, at, ${v}, ${end(i)})) < 0`);
  const fields = vars.map((v, i) => `sink.addField(${v}, ${end(i)});`);
  const body = [
    'let v;',
    ...reads,
    // Plain ASCII takes a byte per code unit: the values' lengths and a byte after each are room enough.
    `const buffer = sink.room(${vars.map((v) => `${v}.length`).join(' + ')} + ${n});`,
    'let at = sink.byteLength;',
    `if (${plain.join(' ||\n')}) {`,
    ...fields,
    'return;',
    '}',
    'sink.commit(at);',
  ];
  try {
    const make = new Function(
      'cellText',
      'writePlain',
      `'use strict';\nreturn (sink, row) => {\n${body.join('\n')}\n};`,
    );
    return make(cellText, writePlain) as RowWriter;
  } catch (error) {
    // Code generation disallowed (`--disallow-code-generation-from-strings`, a CSP): the same line by a loop.
    if (!(error instanceof EvalError)) throw error;
    const names = [...columns];
    return (sink, row) => {
      for (let i = 0; i < n; i++) sink.addField(cellText(row[names[i]]), end(i));
    };
  }
}
