// Cached: looking `Math` up on every call is ~100x slower inside a vm context such as Jest's.
const imul = Math.imul;

/** murmur3's final mix: spreads every input bit over the 32 output bits. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Output of {@link hash64}: two independent 32-bit hashes of the same string. */
export const hashOut = new Uint32Array(2);

/**
 * Two independent 32-bit hashes of a string in one pass (FNV-1a and a multiply-rotate hash, both
 * finished with murmur3's mix), written to {@link hashOut} to avoid allocating.
 */
export function hash64(s: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = imul(a ^ c, 0x01000193);
    b = imul(b ^ c, 0xcc9e2d51);
    b = (b << 15) | (b >>> 17);
  }
  hashOut[0] = fmix32(a);
  hashOut[1] = fmix32(b ^ 0x5bd1e995);
}

/**
 * The second half of {@link hash64} alone (`hashOut[1]`), in about half the time: enough for a HyperLogLog
 * sketch, which sees only that half.
 */
export function hashLo(s: string): number {
  let b = 0x9747b28c ^ s.length;
  for (let i = 0; i < s.length; i++) {
    b = imul(b ^ s.charCodeAt(i), 0xcc9e2d51);
    b = (b << 15) | (b >>> 17);
  }
  return fmix32(b ^ 0x5bd1e995);
}

/**
 * {@link hash64} of the string whose code units are the bytes `bytes[from, to)` (e.g. a field of ASCII in a CSV
 * line), without making the string: the same two hashes, written to {@link hashOut}.
 */
export function hash64Bytes(bytes: Uint8Array, from: number, to: number): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ (to - from);
  for (let i = from; i < to; i++) {
    const c = bytes[i];
    a = imul(a ^ c, 0x01000193);
    b = imul(b ^ c, 0xcc9e2d51);
    b = (b << 15) | (b >>> 17);
  }
  hashOut[0] = fmix32(a);
  hashOut[1] = fmix32(b ^ 0x5bd1e995);
}

/** {@link hashLo} of the string whose code units are the bytes `bytes[from, to)` (see {@link hash64Bytes}). */
export function hashLoBytes(bytes: Uint8Array, from: number, to: number): number {
  let b = 0x9747b28c ^ (to - from);
  for (let i = from; i < to; i++) {
    b = imul(b ^ bytes[i], 0xcc9e2d51);
    b = (b << 15) | (b >>> 17);
  }
  return fmix32(b ^ 0x5bd1e995);
}
