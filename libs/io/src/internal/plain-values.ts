import type { PendingColumn } from './column-group';

/**
 * The PLAIN encoding of the first `n` rows of a pending column, nulls left out (`count` values), as
 * parquetjs-lite 0.8.7 writes it: utf8 as a 4-byte little-endian byte length then the UTF-8 bytes, int32 and
 * double little-endian, booleans one bit each (first value in the lowest bit). Written straight into one buffer:
 * no Buffer per string.
 */
export function encodePlainValues(p: PendingColumn, n: number, count: number): Buffer {
  const { present } = p;
  if (p.strings !== null) return encodeStrings(p.strings, present, n, count);
  const numbers = p.numbers as Float64Array;
  switch (p.column.type) {
    case 'boolean': {
      const buf = Buffer.alloc(Math.ceil(count / 8));
      for (let i = 0, k = 0; i < n; i++) {
        if (present[i] === 0) continue;
        if (numbers[i] === 1) buf[k >>> 3] |= 1 << (k & 7);
        k++;
      }
      return buf;
    }
    case 'int32':
      return encodeFixed(numbers, present, n, count, 4);
    default: {
      const buf = encodeFixed(numbers, present, n, count, 8);
      // parquetjs-lite's ParquetWriter took the last row of a row group through `parseFloat` (it was appended
      // last, as a row object): that value is written as 0 where it is -0.
      if (count > 0 && present[n - 1] === 1 && Object.is(numbers[n - 1], -0)) buf.writeDoubleLE(0, buf.length - 8);
      return buf;
    }
  }
}

/**
 * The present values little-endian, `width` bytes each: int32 (4) or double (8). One loop per width, each
 * with its own `DataView` call, so the call is inlined.
 */
function encodeFixed(numbers: Float64Array, present: Uint8Array, n: number, count: number, width: 4 | 8): Buffer {
  const buf = Buffer.alloc(width * count);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.length);
  let at = 0;
  if (width === 4) {
    for (let i = 0; i < n; i++) {
      if (present[i] === 0) continue;
      view.setInt32(at, numbers[i], true);
      at += 4;
    }
  } else {
    for (let i = 0; i < n; i++) {
      if (present[i] === 0) continue;
      view.setFloat64(at, numbers[i], true);
      at += 8;
    }
  }
  return buf;
}

function encodeStrings(strings: string[], present: Uint8Array, n: number, count: number): Buffer {
  // A UTF-16 code unit takes at most 3 UTF-8 bytes: the buffer always has room, and only what is written is kept.
  let room = 4 * count;
  for (let i = 0; i < n; i++) if (present[i] === 1) room += 3 * strings[i].length;
  const buf = Buffer.allocUnsafe(room);
  let at = 0;
  // The last value written, where its length and bytes start and their size: a run of one value (a file's split,
  // a block's source) copies those bytes instead of reading the string again.
  let last: string | undefined;
  let lastAt = 0;
  let lastSize = 0;
  for (let i = 0; i < n; i++) {
    if (present[i] === 0) continue;
    const s = strings[i];
    if (s === last) {
      for (let k = 0; k < lastSize; k++) buf[at + k] = buf[lastAt + k];
      at += lastSize;
      continue;
    }
    last = s;
    lastAt = at;
    at = encodeString(buf, at, s);
    lastSize = at - lastAt;
  }
  return buf.subarray(0, at);
}

/** Writes `s` at `at` as PLAIN writes a utf8 value (4-byte little-endian byte length, then the bytes): the end. */
function encodeString(buf: Buffer, at: number, s: string): number {
  const length = s.length;
  // ASCII is copied code unit by code unit (no call into the runtime per string); anything else goes through
  // `Buffer.write` (UTF-8, a lone surrogate as U+FFFD, as `Buffer.from` does), which writes the whole string.
  let bytes = 0;
  while (bytes < length) {
    const c = s.charCodeAt(bytes);
    if (c >= 0x80) break;
    buf[at + 4 + bytes++] = c;
  }
  if (bytes < length) bytes = buf.write(s, at + 4);
  buf[at] = bytes & 0xff;
  buf[at + 1] = (bytes >>> 8) & 0xff;
  buf[at + 2] = (bytes >>> 16) & 0xff;
  buf[at + 3] = bytes >>> 24;
  return at + 4 + bytes;
}
