/**
 * Reused scratch buffers for the dynamic-programming distances.
 * JavaScript is single-threaded per isolate, so a module-level buffer is safe (workers get their own copy).
 */
let int32A = new Int32Array(64);
let int32B = new Int32Array(64);
let int32C = new Int32Array(64);

function grow(n: number): number {
  let size = 64;
  while (size < n) size *= 2;
  return size;
}

/** Three Int32 rows of at least `n` cells (contents undefined). */
export function rows(n: number): [Int32Array, Int32Array, Int32Array] {
  if (int32A.length < n) {
    const size = grow(n);
    int32A = new Int32Array(size);
    int32B = new Int32Array(size);
    int32C = new Int32Array(size);
  }
  return [int32A, int32B, int32C];
}

let matrix = new Int32Array(256);

/** One Int32 matrix of at least `n` cells (contents undefined). */
export function matrixBuffer(n: number): Int32Array {
  if (matrix.length < n) matrix = new Int32Array(grow(n));
  return matrix;
}
