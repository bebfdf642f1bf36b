/**
 * Per ASCII code unit, the positions (bits) of the longer string that hold it. Set for one call and
 * cleared before it returns, so it is all zero between calls.
 */
const POSITIONS = new Int32Array(128);

/** Longest `b` that {@link jaroBits} takes: one bit per position of a 32-bit mask. */
export const JARO_BITS_MAX = 32;

/** The code units of both strings, each read from its string once (ropes and slices make reads dear). */
const CODES_A = new Uint16Array(JARO_BITS_MAX);
const CODES_B = new Uint16Array(JARO_BITS_MAX);

/**
 * Jaro similarity of a pair in canonical order (`a` not longer than `b`, `a` not empty, the two not
 * identical) whose longer string `b` is ASCII with at most {@link JARO_BITS_MAX} code units; `-1` when `b`
 * has a non-ASCII code unit (the caller then takes the plain scan). Bit-parallel, without a buffer: the
 * positions of each character of `b` are a mask, so the first unmatched equal character in the window is the
 * lowest set bit of `positions & ~matched & window`, the very one the plain scan finds: the matches, the
 * half-transpositions and so the result are those of the plain scan, bit for bit.
 */
export function jaroBits(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  for (let j = 0; j < lb; j++) {
    const c = b.charCodeAt(j);
    if (c > 127) {
      for (let k = 0; k < j; k++) POSITIONS[CODES_B[k]] = 0;
      return -1;
    }
    CODES_B[j] = c;
    POSITIONS[c] |= 1 << j;
  }
  const window = lb > 3 ? (lb >> 1) - 1 : 0;
  let used = 0; // positions of b matched so far
  let inA = 0; // positions of a matched
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const c = a.charCodeAt(i);
    CODES_A[i] = c;
    if (c > 127) continue; // b is ASCII: no match
    const lo = i > window ? i - window : 0;
    const hi = i + window + 1 < lb ? i + window + 1 : lb; // 1..32
    const m = POSITIONS[c] & ~used & (-1 >>> (32 - hi)) & (-1 << lo);
    if (m !== 0) {
      used |= m & -m;
      inA |= 1 << i;
      matches++;
    }
  }
  let half = 0; // matched characters out of order (half-transpositions)
  let rest = used;
  for (let i = 0; i < la && rest !== 0; i++) {
    if ((inA & (1 << i)) === 0) continue;
    const j = 31 - Math.clz32(rest & -rest);
    rest &= rest - 1;
    if (CODES_A[i] !== CODES_B[j]) half++;
  }
  for (let j = 0; j < lb; j++) POSITIONS[CODES_B[j]] = 0;
  if (matches === 0) return 0;
  // Whole transpositions: floor(half / 2), as strcmp95 and DuckDB count them (not half / 2).
  return (matches / la + matches / lb + (matches - (half >> 1)) / matches) / 3;
}
