/** -1, 0 or 1 as `x` is negative, zero or positive (NaN counts as zero, as a comparator's NaN does). */
const sign = (x: number): number => (x < 0 ? -1 : x > 0 ? 1 : 0);
/** Code-unit order of two group keys. */
const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Positions below 2^21, so that a 32-bit value times 2^21 plus a position is an exact double (< 2^53). */
const POSITION_BITS = 2 ** 21;
const UNIT = 2 ** 32;

/**
 * The group indices `0 … n − 1` ordered by weight (heaviest first), then by `tie` (ascending), then by key (code
 * units), equal ones in index order: what a stable sort with that comparator gives. When the weights are integers
 * in `[0, 2^32)` and every tie a multiple of 2^-32 in `[0, 1)` (as `hashToUnit` gives), both orders are numeric
 * sorts of packed doubles (no comparator call per comparison); otherwise the comparator sort itself.
 */
export function rankGroups(groups: readonly string[], weights: readonly number[], tie: Float64Array): number[] {
  const n = groups.length;
  if (!packable(weights, tie, n)) {
    const order = Array.from({ length: n }, (_, i) => i);
    return order.sort((a, b) => sign(weights[b] - weights[a]) || sign(tie[a] - tie[b]) || byKey(groups[a], groups[b]));
  }
  // By tie, then index: the tie's 32 bits above the index's 21.
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = tie[i] * UNIT * POSITION_BITS + i;
  packed.sort();
  const byTie = new Array<number>(n);
  for (let k = 0; k < n; k++) byTie[k] = packed[k] % POSITION_BITS;
  // Equal ties (hash collisions, rare) go by key, stably.
  for (let k = 0; k < n;) {
    let end = k + 1;
    while (end < n && tie[byTie[end]] === tie[byTie[k]]) end++;
    if (end - k > 1) {
      const run = byTie.slice(k, end).sort((a, b) => byKey(groups[a], groups[b]));
      for (let j = k; j < end; j++) byTie[j] = run[j - k];
    }
    k = end;
  }
  // Then by weight, heaviest first, stably: (largest − weight) above the rank in tie order.
  let largest = 0;
  for (let i = 0; i < n; i++) if (weights[i] > largest) largest = weights[i];
  for (let k = 0; k < n; k++) packed[k] = (largest - weights[byTie[k]]) * POSITION_BITS + k;
  packed.sort();
  const order = new Array<number>(n);
  for (let k = 0; k < n; k++) order[k] = byTie[packed[k] % POSITION_BITS];
  return order;
}

/** True when the weights and ties fit the packed sorts. */
function packable(weights: readonly number[], tie: Float64Array, n: number): boolean {
  if (n >= POSITION_BITS) return false;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    const u = tie[i] * UNIT;
    if (!(Number.isInteger(w) && w >= 0 && w < UNIT && Number.isInteger(u) && u >= 0 && u < UNIT)) return false;
  }
  return true;
}
