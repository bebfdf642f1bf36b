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
 * Jaro similarity in [0, 1] on raw strings (case-sensitive, UTF-16 code units):
 * `(m/|a| + m/|b| + (m − t)/m) / 3` with `m` the matching characters (match window
 * `max(floor(max(|a|, |b|) / 2) − 1, 0)`) and `t = floor(h / 2)`, `h` the matched characters out of order
 * (half-transpositions, counted as a whole number as in Winkler's strcmp95, jellyfish and DuckDB's
 * `jaro_similarity`, which it equals bit for bit on ASCII). One side empty → 0; `jaro('', '') = 1`
 * (identical strings; the references give 0 there). The pair is put in a canonical order first, so
 * `jaro(a, b) === jaro(b, a)` exactly.
 *
 * @example
 * jaro('JELLYFISH', 'SMELLYFISH'); // 0.896296…
 * jaro('Schmidt', 'Smith'); // 0.707142… (3 half-transpositions → t = 1)
 */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  // Canonical order: the greedy matching is order-dependent in rare cases.
  if (a.length > b.length || (a.length === b.length && a > b)) {
    const t = a;
    a = b;
    b = t;
  }
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
