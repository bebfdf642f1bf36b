import { cell, csvLine } from './internal/csv-line';
import { checkColumns } from './internal/check-columns';
import { TempFileSink } from './internal/temp-file-sink';
import type { CsvRow, CsvTableWriter } from './table-writer';
import type { CommitGroup } from './commit-group';

/** Characters buffered before a chunk is handed to the file stream. */
const FLUSH_AT = 1 << 16;

class CsvWriter implements CsvTableWriter {
  rows = 0;
  private buffer: string;
  private readonly sink: TempFileSink;

  constructor(
    readonly path: string,
    private readonly columns: readonly string[],
    group?: CommitGroup,
  ) {
    checkColumns(path, columns);
    this.sink = new TempFileSink(path, group);
    this.buffer = csvLine([...columns]);
  }

  get tempPath(): string {
    return this.sink.tempPath;
  }

  private line(row: CsvRow): string {
    const values = new Array<string>(this.columns.length);
    for (let i = 0; i < values.length; i++) values[i] = cell(row, this.columns[i]);
    return csvLine(values);
  }

  write(row: CsvRow): Promise<void> | void {
    this.sink.check();
    this.buffer += this.line(row);
    this.rows++;
    if (this.buffer.length >= FLUSH_AT) return this.flush();
  }

  writeMany(rows: Iterable<CsvRow>): Promise<void> | void {
    this.sink.check();
    let pending: Promise<void>[] | undefined;
    for (const row of rows) {
      this.buffer += this.line(row);
      this.rows++;
      if (this.buffer.length >= FLUSH_AT) {
        const wait = this.flush();
        if (wait) (pending ??= []).push(wait);
      }
    }
    if (pending) return Promise.all(pending).then(() => undefined);
  }

  writeText(text: string, rows: number): Promise<void> | void {
    this.sink.check();
    this.buffer += text;
    this.rows += rows;
    if (this.buffer.length >= FLUSH_AT) return this.flush();
  }

  writeBytes(bytes: Uint8Array, rows: number): Promise<void> | void {
    this.sink.check();
    // Text buffered before goes first; the bytes are handed to the stream as they are (no copy).
    const before = this.buffer.length > 0 ? this.flush() : undefined;
    this.rows += rows;
    const after = this.sink.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (before && after) return Promise.all([before, after]).then(() => undefined);
    return after ?? before;
  }

  private flush(): Promise<void> | void {
    const chunk = this.buffer;
    this.buffer = '';
    return this.sink.write(chunk);
  }

  async close(): Promise<void> {
    if (this.buffer.length > 0) await this.flush();
    await this.sink.close();
  }

  abort(): Promise<void> {
    this.buffer = '';
    return this.sink.abort();
  }
}

/**
 * Opens a streaming CSV writer: header row first, RFC 4180 quoting (as csv-stringify does it), `\n` line
 * endings. Rows go to `<path>.tmp-<pid>`; `close()` renames it to `path`, `abort()` deletes it, so a
 * failed run never leaves a half-written file where a good one is expected. With `options.group` the rename
 * waits for the group's `commit()` (see `createCommitGroup`). Missing keys are empty fields.
 * `await` what `write` returns: it is a promise only when the file stream wants the caller to wait.
 *
 * @example
 * const w = createCsvWriter('data/synth/leads.csv', ['id', 'email']);
 * await w.write({ id: 'L1', email: 'a@example.com' });
 * await w.close(); // data/synth/leads.csv now exists, complete
 */
export function createCsvWriter(
  path: string,
  columns: readonly string[],
  options: { group?: CommitGroup } = {},
): CsvTableWriter {
  return new CsvWriter(path, columns, options.group);
}
