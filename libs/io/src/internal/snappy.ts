/** Input bytes compressed at a time: snappy's block size. */
const BLOCK_SIZE = 1 << 16;
const MAX_HASH_TABLE_BITS = 14;
/** Bytes at the end of a fragment never searched for a match. */
const INPUT_MARGIN = 15;
/** Literals at least this long are copied by `TypedArray#set` (a native copy), shorter ones byte by byte. */
const NATIVE_COPY = 32;
/** Each size's hash table, made once and cleared per fragment. */
const hashTables: Uint16Array[] = [];
/** The output of the last call, reused (grown when needed): the result is copied out of it. */
let scratch = new Uint8Array(0);

/**
 * The snappy (raw, unframed) compression of `input`, byte for byte what snappyjs 0.6.1's `compress` gives (the
 * compressor of parquetjs-lite's SNAPPY pages): the same fragments, hash tables, hash function (in doubles, as
 * it computes it), skipping heuristic and matches, so the same bytes; only read and copied faster (a 32-bit load
 * for its four byte loads, a native copy for a long literal, one scratch buffer instead of a zeroed one per call).
 *
 * @example
 * snappyCompress(Buffer.from('abcabcabcabcabcabc')); // the same bytes as require('snappyjs').compress(…)
 */
export function snappyCompress(input: Uint8Array): Buffer {
  const length = input.length;
  const max = 32 + length + Math.floor(length / 6);
  if (scratch.length < max) scratch = new Uint8Array(Math.max(max, scratch.length * 2));
  const output = scratch;
  let op = putVarint(length, output, 0);
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  for (let pos = 0; pos < length; pos += BLOCK_SIZE) {
    op = compressFragment(input, view, pos, Math.min(length - pos, BLOCK_SIZE), output, op);
  }
  const out = Buffer.allocUnsafe(op);
  out.set(output.subarray(0, op));
  return out;
}

/** snappyjs's hash of four bytes read as a little-endian int32 (a double product, then `>>>`: kept as it is). */
function hash(key: number, shift: number): number {
  return (key * 0x1e35a7bd) >>> shift;
}

function compressFragment(
  input: Uint8Array,
  view: DataView,
  start: number,
  size: number,
  output: Uint8Array,
  at: number,
): number {
  let bits = 1;
  while (1 << bits <= size && bits <= MAX_HASH_TABLE_BITS) bits++;
  bits--;
  const shift = 32 - bits;
  const table = (hashTables[bits] ??= new Uint16Array(1 << bits));
  table.fill(0);
  let op = at;
  let ip = start;
  const end = start + size;
  let nextEmit = start;
  if (size >= INPUT_MARGIN) {
    const limit = end - INPUT_MARGIN;
    ip++;
    let nextHash = hash(view.getInt32(ip, true), shift);
    for (;;) {
      // Look for a 4-byte match, the step growing by one every 32 misses (incompressible data is skipped fast).
      let skip = 32;
      let nextIp = ip;
      let candidate: number;
      do {
        ip = nextIp;
        const h = nextHash;
        nextIp = ip + (skip++ >>> 5);
        if (ip > limit) return emitRest(input, nextEmit, end, output, op);
        // snappyjs hashes the bytes at `nextIp` even past the limit, where its hash is never used.
        if (nextIp <= limit) nextHash = hash(view.getInt32(nextIp, true), shift);
        candidate = start + table[h];
        table[h] = ip - start;
      } while (view.getInt32(ip, true) !== view.getInt32(candidate, true));
      op = emitLiteral(input, nextEmit, ip - nextEmit, output, op);
      // Emit copies while the bytes just after a copy match again.
      do {
        const base = ip;
        let matched = 4;
        while (
          ip + matched + 4 <= end &&
          view.getInt32(ip + matched, true) === view.getInt32(candidate + matched, true)
        ) {
          matched += 4;
        }
        while (ip + matched < end && input[ip + matched] === input[candidate + matched]) matched++;
        ip += matched;
        op = emitCopy(output, op, base - candidate, matched);
        nextEmit = ip;
        if (ip >= limit) return emitRest(input, nextEmit, end, output, op);
        table[hash(view.getInt32(ip - 1, true), shift)] = ip - 1 - start;
        const h = hash(view.getInt32(ip, true), shift);
        candidate = start + table[h];
        table[h] = ip - start;
      } while (view.getInt32(ip, true) === view.getInt32(candidate, true));
      ip++;
      nextHash = hash(view.getInt32(ip, true), shift);
    }
  }
  return emitRest(input, nextEmit, end, output, op);
}

/** The bytes from `from` to the fragment's end not yet emitted, as a literal. */
function emitRest(input: Uint8Array, from: number, end: number, output: Uint8Array, op: number): number {
  return from < end ? emitLiteral(input, from, end - from, output, op) : op;
}

function emitLiteral(input: Uint8Array, ip: number, len: number, output: Uint8Array, at: number): number {
  let op = at;
  if (len <= 60) {
    output[op++] = (len - 1) << 2;
  } else if (len < 256) {
    output[op++] = 60 << 2;
    output[op++] = len - 1;
  } else {
    output[op++] = 61 << 2;
    output[op++] = (len - 1) & 0xff;
    output[op++] = (len - 1) >>> 8;
  }
  if (len >= NATIVE_COPY) output.set(input.subarray(ip, ip + len), op);
  else for (let i = 0; i < len; i++) output[op + i] = input[ip + i];
  return op + len;
}

function emitCopyLessThan64(output: Uint8Array, op: number, offset: number, len: number): number {
  if (len < 12 && offset < 2048) {
    output[op] = 1 + ((len - 4) << 2) + ((offset >>> 8) << 5);
    output[op + 1] = offset & 0xff;
    return op + 2;
  }
  output[op] = 2 + ((len - 1) << 2);
  output[op + 1] = offset & 0xff;
  output[op + 2] = offset >>> 8;
  return op + 3;
}

function emitCopy(output: Uint8Array, at: number, offset: number, length: number): number {
  let op = at;
  let len = length;
  while (len >= 68) {
    op = emitCopyLessThan64(output, op, offset, 64);
    len -= 64;
  }
  if (len > 64) {
    op = emitCopyLessThan64(output, op, offset, 60);
    len -= 60;
  }
  return emitCopyLessThan64(output, op, offset, len);
}

function putVarint(value: number, output: Uint8Array, at: number): number {
  let op = at;
  let v = value;
  do {
    output[op] = v & 0x7f;
    v >>>= 7;
    if (v > 0) output[op] += 0x80;
    op++;
  } while (v > 0);
  return op;
}
