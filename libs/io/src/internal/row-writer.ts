import type { CsvRow } from '../table-writer';
import { cellText } from './csv-line';

const COMMA = 44;
const LF = 10;

/** What a {@link RowWriter} writes to: one field at a time, each followed by the byte `end` (a comma or `\n`). */
export interface FieldSink {
  addField(value: string, end: number): void;
}

/** Writes the fields of one row, column by column, into a sink (the last one ended by `\n`, the others by `,`). */
export type RowWriter = (sink: FieldSink, row: CsvRow) => void;

/** Compiled writers by their columns (as JSON): arrays with the same names share one. */
const writers = new Map<string, RowWriter>();
/** Distinct column lists kept at most; past it the cache starts over (a run writes a handful). */
const MAX_WRITERS = 256;

/**
 * The row writer of `columns` (at least one), cached by the column names: `(sink, row) => { sink.addField(
 * cellText(row.id), 44); … }`, compiled once, so that each column is a load of a named property with its own call
 * site instead of a keyed load by a name read from the array (megamorphic over a table's columns). A new array of
 * the same names (e.g. a literal per call) finds the same writer. The source holds only the names, as JSON string
 * literals. Where code generation from strings is disallowed, the same fields by a loop.
 *
 * @example
 * const write = rowWriter(['id', 'name']);
 * write(sink, { id: '1', name: 'Ann' }); // sink.addField('1', 44); sink.addField('Ann', 10)
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
  const lines = columns.map(
    (name, i) => `v = row[${JSON.stringify(name)}]; sink.addField(typeof v === 'string' ? v : cellText(v), ${end(i)});`,
  );
  try {
    const make = new Function('cellText', `'use strict';\nreturn (sink, row) => {\nlet v;\n${lines.join('\n')}\n};`);
    return make(cellText) as RowWriter;
  } catch (error) {
    // Code generation disallowed (`--disallow-code-generation-from-strings`, a CSP): the same fields by a loop.
    if (!(error instanceof EvalError)) throw error;
    const names = [...columns];
    return (sink, row) => {
      for (let i = 0; i < n; i++) sink.addField(cellText(row[names[i]]), end(i));
    };
  }
}
