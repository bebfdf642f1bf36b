const encoder = new TextEncoder();

/**
 * Text appended piece by piece straight into UTF-8 bytes: no long string is built (a block's CSV text would
 * otherwise be a rope of one string per line, copied whole when flattened), so each piece can be collected
 * young. `bytes()` gives the bytes in a buffer of their own, ready for a transfer list.
 *
 * @example
 * const b = new Utf8Builder();
 * b.append('id,name\n');
 * b.append('1,Zoë\n');
 * b.bytes(); // Uint8Array of 15 bytes
 */
export class Utf8Builder {
  private buffer: Uint8Array;
  private length = 0;

  constructor(capacity = 1 << 16) {
    this.buffer = new Uint8Array(capacity);
  }

  append(text: string): void {
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    const need = this.length + text.length * 3;
    if (need > this.buffer.length) {
      let size = this.buffer.length * 2;
      while (size < need) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /** The bytes appended so far, copied into an exactly sized buffer. */
  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
