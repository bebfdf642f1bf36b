const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** What {@link splitPlainLine} writes first for a line that is not plain. */
export const NOT_PLAIN = -2;

/**
 * Splits the CSV line that starts at byte `start` of `csv` into `width` fields when it is plain: ASCII bytes
 * only, no quote or carriage return, each field ended by a comma and the last by `\n` (as a CSV writer writes a
 * row of values that need no quoting, so that a field's bytes are its value's code units). Writes `width + 1`
 * bounds to `out` from `at`: field `c` is `csv[out[at + c] + 1, out[at + c + 1])`. Any other line (a quoted or
 * non-ASCII field, another number of fields, no `\n` before the end of `csv`, a `start` that is not a byte of
 * `csv`) gets `out[at] = NOT_PLAIN`.
 * Returns whether the line is plain.
 *
 * @example
 * const out = new Int32Array(4);
 * splitPlainLine(new TextEncoder().encode('L1,,Ann\n'), 0, 3, out, 0); // true, out = [-1, 2, 3, 7]
 * splitPlainLine(new TextEncoder().encode('L1,"a,b",Ann\n'), 0, 3, out, 0); // false, out[0] = NOT_PLAIN
 */
export function splitPlainLine(csv: Uint8Array, start: number, width: number, out: Int32Array, at: number): boolean {
  const n = csv.length;
  if (!(start >= 0 && start <= n) || !Number.isInteger(start)) {
    out[at] = NOT_PLAIN;
    return false;
  }
  const last = at + width;
  let c = at;
  out[c++] = start - 1;
  for (let i = start; i < n; i++) {
    const b = csv[i];
    // Most bytes are letters and digits, past the comma: one comparison each, and the bound of ASCII.
    if (b > COMMA) {
      if (b >= 0x80) break;
    } else if (b === COMMA) {
      if (c === last) break;
      out[c++] = i;
    } else if (b === LF) {
      if (c !== last) break;
      out[c] = i;
      return true;
    } else if (b === QUOTE || b === CR) break;
  }
  out[at] = NOT_PLAIN;
  return false;
}
