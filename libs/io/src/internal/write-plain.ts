const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Copies `value` into `buffer` at `at`, one byte per code unit, then the byte `end`, if it is plain: ASCII with no
 * comma, quote or line break (a CSV field as it is, its UTF-8 bytes its code units). Returns where the next byte
 * goes, or -1 at the first code unit that is not plain (the bytes before it written, to be written over). The
 * caller makes room for `value.length + 1` bytes.
 *
 * @example
 * writePlain(buffer, 0, 'Ann', 44); // 4: buffer starts 'Ann,'
 * writePlain(buffer, 0, 'Zoë', 44); // -1
 */
export function writePlain(buffer: Uint8Array, at: number, value: string, end: number): number {
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    // Most code units are letters and digits, past the comma: one comparison each, and the bound of ASCII.
    if (c >= 0x80 || (c <= COMMA && (c === COMMA || c === QUOTE || c === LF || c === CR))) return -1;
    buffer[at++] = c;
  }
  buffer[at] = end;
  return at + 1;
}
