/** Receives each record's fields and the 1-based line on which the record ends. */
export type CsvEmit = (fields: string[], line: number) => void;

/**
 * A streaming RFC 4180 parser (comma, double-quote, `""` escapes, quoted newlines, `\n` or `\r\n` line
 * ends). Lines without a quote take a fast path (`split(',')`); quoted records go through a small state
 * machine that may span chunks. Tested to give exactly csv-parse's records and line numbers.
 */
export class CsvParser {
  private rest = '';
  private line = 0;
  // State of a quoted record that spans chunks.
  private fields: string[] | null = null;
  private field = '';
  private inQuotes = false;
  private afterQuote = false;
  private first = true;

  /** Feeds one chunk of text. */
  push(chunk: string, emit: CsvEmit): void {
    let text = this.rest + chunk;
    if (this.first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.first = false;
    }
    this.rest = '';
    let pos = 0;
    const n = text.length;
    // Position of the next quote at or after pos (-1: none left); searched again only once passed.
    let quote = text.indexOf('"');
    while (pos < n) {
      if (this.fields !== null) {
        pos = this.slow(text, pos, emit, false);
        if (this.fields !== null) return;
        quote = text.indexOf('"', pos);
        continue;
      }
      const nl = text.indexOf('\n', pos);
      if (nl < 0) {
        this.rest = text.slice(pos);
        return;
      }
      if (quote >= 0 && quote < pos) quote = text.indexOf('"', pos);
      if (quote < 0 || quote > nl) {
        const end = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        this.line++;
        emit(text.slice(pos, end).split(','), this.line);
        pos = nl + 1;
        continue;
      }
      this.fields = [];
      this.field = '';
      this.inQuotes = false;
      this.afterQuote = false;
      pos = this.slow(text, pos, emit, false);
      if (this.fields !== null) return;
      quote = text.indexOf('"', pos);
    }
  }

  /** Ends the input: a last record without a final newline is emitted; an open quote is an error. */
  end(emit: CsvEmit): void {
    if (this.fields !== null) {
      this.slow(this.rest, 0, emit, true);
      if (this.fields !== null)
        throw new Error(`unclosed quoted field at the end of the file (record starting after line ${this.line})`);
      return;
    }
    if (this.rest.length > 0) {
      const text = this.rest.endsWith('\r') ? this.rest.slice(0, -1) : this.rest;
      this.rest = '';
      if (text.includes('"')) {
        this.fields = [];
        this.field = '';
        this.slow(text, 0, emit, true);
        if (this.fields !== null)
          throw new Error(`unclosed quoted field at the end of the file (record starting after line ${this.line})`);
        return;
      }
      this.line++;
      emit(text.split(','), this.line);
    }
  }

  /** Character-level parsing of one (quoted) record from `pos`; returns where it stopped. */
  private slow(text: string, pos: number, emit: CsvEmit, final: boolean): number {
    const fields = this.fields as string[];
    const n = text.length;
    let i = pos;
    let start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.inQuotes) {
        if (c === 34) {
          this.field += text.slice(start, i);
          this.inQuotes = false;
          this.afterQuote = true;
          start = i + 1;
        } else if (c === 10) this.line++;
        i++;
        continue;
      }
      if (this.afterQuote && c === 34) {
        // `""` inside a quoted field: a literal quote, and the field goes on quoted.
        this.field += '"';
        this.inQuotes = true;
        this.afterQuote = false;
        start = ++i;
        continue;
      }
      if (c === 34) {
        if (this.field.length > 0 || i > start)
          throw new Error(`a quote inside an unquoted field on line ${this.line + 1}`);
        this.inQuotes = true;
        start = ++i;
        continue;
      }
      if (c === 44) {
        fields.push(this.field + text.slice(start, i));
        this.field = '';
        this.afterQuote = false;
        start = ++i;
        continue;
      }
      if (c === 10 || c === 13) {
        fields.push(this.field + text.slice(start, i));
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        this.line++;
        this.fields = null;
        this.field = '';
        this.afterQuote = false;
        emit(fields, this.line);
        return i + 1;
      }
      if (this.afterQuote) throw new Error(`characters after a closing quote on line ${this.line + 1}`);
      i++;
    }
    this.field += text.slice(start, n);
    if (final && !this.inQuotes) {
      fields.push(this.field);
      this.line++;
      this.fields = null;
      this.field = '';
      emit(fields, this.line);
    }
    return n;
  }
}
