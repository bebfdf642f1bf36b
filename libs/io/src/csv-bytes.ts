import type { ColumnBatch } from './column-batch';
import { formatCsvColumns } from './format-csv-columns';
import { formatCsvRow } from './format-csv-rows';
import { rowWriter, type RowSink, type RowWriter } from './internal/row-writer';
import { writePlain } from './internal/write-plain';
import type { CsvRow } from './table-writer';

const encoder = new TextEncoder();

const COMMA = 44;
const LF = 10;
const ZERO = 48;
/** What makes csv-stringify (default options) quote a field. */
const NEEDS_QUOTES = /[,"\n\r]/;

/**
 * CSV lines written straight into UTF-8 bytes, byte for byte the UTF-8 encoding of what {@link formatCsvRow}
 * and {@link formatCsvColumns} give: no string is made per line. A value of plain ASCII (no comma, quote or
 * line break) is copied code unit by code unit into the buffer in the pass that checks it; any other value
 * is quoted as csv-stringify quotes a field (only when it must be) and encoded by itself. A row's values are read
 * by a writer compiled once per columns array (a named property load per column), which copies a row of plain
 * values in one go (one reserve, one commit) and writes any other row field by field. `bytes()` gives the bytes
 * in a buffer of their own, ready for a transfer list (e.g. `CsvTableWriter.writeBytes` on another thread).
 * (Joining each line into a string, or the whole text, and encoding it once measured slower: every value is read
 * anyway, and the join copies it again; so did a native UTF-8 write of each line and a scan of its bytes.)
 *
 * @example
 * const out = new CsvBytes();
 * out.addRow(['id', 'name'], { id: '1', name: 'Ann' });
 * out.addRow(['id', 'name'], { id: '2', name: 'Zoë, Jr.' });
 * new TextDecoder().decode(out.bytes()); // '1,Ann\n2,"Zoë, Jr."\n'
 */
export class CsvBytes {
  private buffer: Uint8Array;
  private length = 0;
  /** The columns array of the last row added, a copy of its names (those the writer was made for), its writer. */
  private columns: readonly string[] | null = null;
  private names: readonly string[] = [];
  private writer: RowWriter = () => undefined;

  constructor(capacity = 1 << 16) {
    this.buffer = new Uint8Array(Math.max(1, capacity));
  }

  /** Bytes held so far. */
  get byteLength(): number {
    return this.length;
  }

  /** Appends the line of one row, the columns `columns` in that order (missing values empty). */
  addRow(columns: readonly string[], row: CsvRow): void {
    if (columns.length === 0) return this.addText(formatCsvRow(columns, row));
    // A buffer mostly takes the rows of one table: its writer is looked up once, and again only for another
    // array or for the same array with other names in it (a caller may reuse and change one).
    if (columns !== this.columns || !sameNames(columns, this.names)) {
      this.writer = rowWriter(columns);
      this.columns = columns;
      this.names = [...columns];
    }
    // The compiled writer calls the private `room`, `commit` and `addField`, the ways lines get in.
    this.writer(this as unknown as RowSink, row);
  }

  /**
   * Appends the lines of rows `[from, to)` of a column batch (all by default), as {@link formatCsvColumns}
   * formats them (numbers and booleans as `String` writes them, nulls and missing columns empty). Numbers and
   * booleans are read straight from their typed arrays: a digit or a null is one byte, no string made.
   *
   * @example
   * const out = new CsvBytes();
   * const score = { type: 'double', values: Float64Array.of(1, 0.5) } as const;
   * out.addColumns(['id', 'score'], { length: 2, columns: { id: { type: 'utf8', values: ['L1', 'L2'] }, score } });
   * new TextDecoder().decode(out.bytes()); // 'L1,1\nL2,0.5\n'
   */
  addColumns(columns: readonly string[], batch: ColumnBatch, from = 0, to = batch.length): void {
    const cols = columns.map((name) => batch.columns[name]);
    const n = cols.length;
    if (n === 0) return this.addText(formatCsvColumns(columns, batch, from, to));
    for (let row = from; row < to; row++) {
      for (let i = 0; i < n; i++) {
        const column = cols[i];
        const end = i === n - 1 ? LF : COMMA;
        if (column === undefined || column.type === 'utf8') this.addField(column?.values[row] ?? '', end);
        else if (column.nulls !== undefined && column.nulls[row] === 1) this.addAscii('', end);
        else if (column.type === 'boolean') this.addAscii(column.values[row] === 1 ? 'true' : 'false', end);
        else this.addNumber(column.values[row], end);
      }
    }
  }

  /** Appends `text` as it is (whole CSV lines, or anything else), encoded as UTF-8. */
  addText(text: string): void {
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    this.reserve(text.length * 3);
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /** The bytes appended so far, copied into an exactly sized buffer. */
  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  /**
   * The bytes appended so far, without a copy: a view of the buffer, valid until the next append (which may
   * move the bytes to a larger buffer). For reading lines right after they are written, e.g. to hash their fields.
   *
   * @example
   * const out = new CsvBytes();
   * out.addRow(['id', 'name'], { id: '1', name: 'Ann' });
   * out.view(); // the bytes of '1,Ann\n', in the buffer that the next rows go to
   */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** Makes room for `bytes` more bytes after the ones held; the buffer to write them into (for a row writer). */
  private room(bytes: number): Uint8Array {
    this.reserve(bytes);
    return this.buffer;
  }

  /** Takes the buffer's bytes up to `end` as held (for a row writer, which wrote them after {@link room}). */
  private commit(end: number): void {
    this.length = end;
  }

  /**
   * Writes one field, `value` then the byte `end`: a value of ASCII that needs no quoting is copied code unit by
   * code unit in the same pass that checks it ({@link writePlain}); any other value is written by {@link addQuoted}.
   */
  private addField(value: string, end: number): void {
    this.reserve(value.length + 1);
    const at = writePlain(this.buffer, this.length, value, end);
    if (at < 0) return this.addQuoted(value, end);
    this.length = at;
  }

  /**
   * Writes `value` as csv-stringify writes a field (RFC 4180): quoted, its quotes doubled, when it holds a comma,
   * a quote or a line break (`\n` or `\r`), else as it is; encoded as UTF-8; then the byte `end`.
   */
  private addQuoted(value: string, end: number): void {
    this.addText(NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
    this.reserve(1);
    this.buffer[this.length++] = end;
  }

  /** Writes `v` as `String` writes it (ASCII that needs no quoting), then the byte `end`. */
  private addNumber(v: number, end: number): void {
    // A digit (0 and 1 are most numbers written), -0 included, is one byte; any other number as `String` gives it.
    if (!(v >= 0 && v <= 9 && (v | 0) === v)) return this.addAscii(String(v), end);
    this.reserve(2);
    this.buffer[this.length++] = ZERO + v;
    this.buffer[this.length++] = end;
  }

  /** Writes `value`, known to be ASCII that needs no quoting, then the byte `end`. */
  private addAscii(value: string, end: number): void {
    const n = value.length;
    this.reserve(n + 1);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < n; i++) buffer[at++] = value.charCodeAt(i);
    buffer[at++] = end;
    this.length = at;
  }

  /** Grows the buffer (doubling) so that `extra` more bytes fit. */
  private reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < need) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}

/** Whether two lists of column names are equal, name for name. */
function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
