// Reused buffers (one pair per isolate; workers get their own): the code units of both strings,
// copied once so the O(n·window) match loop reads typed arrays, and the match marks, stored as
// generation stamps (a cell is matched when it holds the current stamp) so they never need clearing.
let codeA = new Uint16Array(64);
let codeB = new Uint16Array(64);
let markA = new Uint32Array(64);
let markB = new Uint32Array(64);
let stamp = 0;

function prepare(a: string, b: string): void {
  const la = a.length;
  const lb = b.length;
  if (codeA.length < la) {
    codeA = new Uint16Array(la * 2);
    markA = new Uint32Array(la * 2);
  }
  if (codeB.length < lb) {
    codeB = new Uint16Array(lb * 2);
    markB = new Uint32Array(lb * 2);
  }
  if (stamp === 0xffffffff) {
    markA.fill(0);
    markB.fill(0);
    stamp = 0;
  }
  stamp++;
  for (let i = 0; i < la; i++) codeA[i] = a.charCodeAt(i);
  for (let j = 0; j < lb; j++) codeB[j] = b.charCodeAt(j);
}

/**
 * Jaro similarity by the textbook scan: each character of the shorter string takes the first unmatched equal
 * character of the other within the match window. The general path of {@link jaro} (any length, any code
 * unit) and the reference its bit-parallel path is tested against; callers pass the pair in canonical order
 * (`a` not longer than `b`, and not greater when as long) and not identical.
 */
export function jaroPlain(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  if (la === 0) return 0;
  const window = lb > 3 ? (lb >> 1) - 1 : 0;
  prepare(a, b);
  const s = stamp;
  const ca = codeA;
  const cb = codeB;
  const ma = markA;
  const mb = markB;
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const c = ca[i];
    const hi = i + window + 1 < lb ? i + window + 1 : lb;
    for (let j = i > window ? i - window : 0; j < hi; j++) {
      if (cb[j] === c && mb[j] !== s) {
        ma[i] = s;
        mb[j] = s;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let half = 0; // matched characters out of order (half-transpositions)
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (ma[i] !== s) continue;
    while (mb[k] !== s) k++;
    if (ca[i] !== cb[k]) half++;
    k++;
  }
  // Whole transpositions: floor(half / 2), as strcmp95 and DuckDB count them (not half / 2).
  return (matches / la + matches / lb + (matches - (half >> 1)) / matches) / 3;
}
