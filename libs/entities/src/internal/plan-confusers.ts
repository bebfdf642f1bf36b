import { createRng } from '@synth/random';

/**
 * Relative weights of the confuser kinds planted by `confuserRate`, by code 1..7 (email_local … coworker; see
 * `CONFUSER_KINDS`). Namesakes weigh 2: names drawn by Census frequency already collide (James Smith), so planted
 * namesakes only add the hard ones, same name in the same city. Jr./Sr. weigh 1: a father and son of one name at
 * one address are the rarest kind and, when neither suffix is on file, indistinguishable from one person whose email
 * and phone changed; at weight 2 they made more ambiguous labels than a matcher meets in real data.
 */
export const CONFUSER_KIND_WEIGHTS: readonly number[] = [2, 1, 1, 2, 1, 2, 2];
/** Chance that a household member or coworker joins the previous group of its kind (households and offices of 3+). */
export const GROUP_JOIN = 0.4;

const HOUSEHOLD = 4;
const COWORKER = 7;
const kindTotal = CONFUSER_KIND_WEIGHTS.reduce((a, b) => a + b, 0);
/** Sampling weight of an entity with `records` records (more records, more record pairs per planted confuser). */
const weight = (records: number) => Math.max(1, records) ** 2;

/**
 * Flags of the `k` largest keys (Efraimidis–Spirakis: keys log(u)/w, the largest win); a numeric sort of a copy
 * finds the cut.
 */
function topKeys(keys: Float64Array, k: number): Uint8Array {
  const flags = new Uint8Array(keys.length);
  if (k <= 0) return flags;
  const cut = keys.slice().sort()[keys.length - k];
  for (let i = 0, taken = 0; i < keys.length && taken < k; i++) {
    if (keys[i] >= cut) {
      flags[i] = 1;
      taken++;
    }
  }
  return flags;
}

function pickKind(u: number): number {
  let x = u * kindTotal;
  for (let k = 0; k < CONFUSER_KIND_WEIGHTS.length; k++) {
    x -= CONFUSER_KIND_WEIGHTS[k];
    if (x < 0) return k + 1;
  }
  return CONFUSER_KIND_WEIGHTS.length;
}

/**
 * Picks the confusers of one chunk: `round(rate × size)` entities, each pointing at a non-confuser of
 * the same chunk, with a kind code (1 email_local … 7 coworker). Confusers and targets are drawn with
 * weights equal to the square of the entity's record count (Efraimidis–Spirakis sampling without
 * replacement for the confusers, roulette for the targets), so a planted confuser shows up in as many
 * record pairs as it can. Household members and coworkers join the previous group of their kind with
 * chance `GROUP_JOIN`.
 */
export function planConfusers(
  seed: number,
  chunk: number,
  start: number,
  size: number,
  rate: number,
  records: Uint8Array,
  confuserOf: Int32Array,
  confuserKind: Uint8Array,
): void {
  const n = Math.min(Math.round(rate * size), size - 1);
  if (n <= 0) return;
  const rng = createRng(seed, 'plan', 'confusers', chunk);
  const keys = new Float64Array(size);
  for (let i = 0; i < size; i++) keys[i] = Math.log(1 - rng.next()) / weight(records[start + i]);
  const chosen = topKeys(keys, n);
  const confusers: number[] = [];
  const cumulative = new Float64Array(size - n);
  const targets = new Int32Array(size - n);
  let total = 0;
  for (let i = 0, t = 0; i < size; i++) {
    if (chosen[i]) confusers.push(i);
    else {
      targets[t] = start + i;
      cumulative[t++] = total += weight(records[start + i]);
    }
  }
  const pickTarget = (): number => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return targets[lo];
  };
  const lastTarget = [-1, -1];
  for (let i = 0; i < n; i++) {
    const kind = pickKind(rng.next());
    const group = kind === HOUSEHOLD ? 0 : kind === COWORKER ? 1 : -1;
    const join = group >= 0 && lastTarget[group] >= 0 && rng.next() < GROUP_JOIN;
    const target = join ? lastTarget[group] : pickTarget();
    if (group >= 0) lastTarget[group] = target;
    confuserOf[start + confusers[i]] = target;
    confuserKind[start + confusers[i]] = kind;
  }
}

/** Mean number of entities per shared building (the anchor included). */
export const RESIDENTS_PER_BUILDING = 8;
const NEIGHBOUR = 8;

/**
 * Plants the shared buildings of one chunk after its confusers: `round(share × size)` entities (at most
 * the entities that are neither confusers nor targets), one anchor per `RESIDENTS_PER_BUILDING`; every
 * other resident becomes a `neighbour` (code 8) of a random anchor. Drawn with weights equal to the
 * record count, like the confusers.
 */
export function planNeighbours(
  seed: number,
  chunk: number,
  start: number,
  size: number,
  share: number,
  records: Uint8Array,
  confuserOf: Int32Array,
  confuserKind: Uint8Array,
): void {
  const taken = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const t = confuserOf[start + i];
    if (t >= 0) taken[i] = taken[t - start] = 1;
  }
  const free: number[] = [];
  for (let i = 0; i < size; i++) if (!taken[i]) free.push(i);
  const m = Math.min(Math.round(share * size), free.length);
  const anchors = Math.round(m / RESIDENTS_PER_BUILDING);
  if (anchors === 0 || m - anchors === 0) return;
  const rng = createRng(seed, 'plan', 'neighbours', chunk);
  const keys = new Float64Array(free.length);
  for (let j = 0; j < free.length; j++) keys[j] = Math.log(1 - rng.next()) / Math.max(1, records[start + free[j]]);
  const residents = topKeys(keys, m);
  const anchorFlags = topKeys(keys, anchors);
  const anchorList: number[] = [];
  for (let j = 0; j < free.length; j++) if (anchorFlags[j]) anchorList.push(start + free[j]);
  for (let j = 0; j < free.length; j++) {
    if (!residents[j] || anchorFlags[j]) continue;
    confuserOf[start + free[j]] = anchorList[Math.floor(rng.next() * anchorList.length)];
    confuserKind[start + free[j]] = NEIGHBOUR;
  }
}
