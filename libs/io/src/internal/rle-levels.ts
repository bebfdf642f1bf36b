/** An empty level stream: required columns have no definition levels. */
export const NO_LEVELS = Buffer.alloc(0);

/**
 * The definition levels of a page of an optional column (row `i` is 1 if `present[i]`, else 0; the first `n`
 * rows) as parquetjs-lite 0.8.7 encodes them, byte for byte: its RLE/bit-packed hybrid with bit width 1 and a
 * 4-byte little-endian length in front. Its run choice is kept as it is: a repeated run starts only at a value
 * equal to the next one when the pending bit-packed run holds a multiple of 8 values; a value that ends a
 * repeated run always opens a bit-packed run; a bit-packed run is padded with zeros to a multiple of 8.
 */
export function encodeDefinitionLevels(present: Uint8Array, n: number): Buffer {
  const out: number[] = [0, 0, 0, 0];
  let runStart = 0;
  let runLength = 0;
  let repeats = 0;
  for (let i = 0; i < n; i++) {
    const v = present[i];
    if (repeats === 0 && runLength % 8 === 0 && i + 1 < n && v === present[i + 1]) {
      if (runLength > 0) bitPacked(out, present, runStart, runLength);
      runLength = 0;
      repeats = 1;
    } else if (repeats > 0 && v === present[i - 1]) {
      repeats++;
    } else {
      if (repeats > 0) repeated(out, present[i - 1], repeats);
      repeats = 0;
      if (runLength === 0) runStart = i;
      runLength++;
    }
  }
  if (repeats > 0) repeated(out, present[n - 1], repeats);
  else if (runLength > 0) bitPacked(out, present, runStart, runLength);
  const buf = Buffer.from(out);
  buf.writeUInt32LE(buf.length - 4, 0);
  return buf;
}

/** A bit-packed run of `length` values from `start`, zero-padded to whole groups of 8. */
function bitPacked(out: number[], levels: Uint8Array, start: number, length: number): void {
  const groups = Math.ceil(length / 8);
  varint(out, (groups << 1) | 1);
  const end = start + length;
  for (let g = 0; g < groups; g++) {
    let byte = 0;
    for (let j = 0, i = start + g * 8; j < 8 && i < end; j++, i++) byte |= (levels[i] & 1) << j;
    out.push(byte);
  }
}

/** A repeated run: `count` times `value`, in one byte. */
function repeated(out: number[], value: number, count: number): void {
  varint(out, count << 1);
  out.push(value & 0xff);
}

/** An unsigned LEB128 varint (the `varint` package parquetjs-lite uses). */
function varint(out: number[], value: number): void {
  while (value >= 0x80) {
    out.push((value & 0x7f) | 0x80);
    value >>>= 7;
  }
  out.push(value);
}
