import type { Rng } from '@synth/random';
import type { HardNegativeKind } from '../types';
import { HARD_NEGATIVE_KINDS } from './constants';
import { LabelledPairs } from './labelled-pairs';

/**
 * Takes up to `target` hard negatives, round-robin across kinds after a seeded shuffle of each
 * kind, so the kind mix stays as even as the candidates allow.
 */
export function selectHardNegatives(
  byKind: Record<HardNegativeKind, LabelledPairs>,
  target: number,
  rng: Rng,
): LabelledPairs {
  // Shuffling the candidates' positions permutes them as shuffling the candidates would (same draws).
  const pools = HARD_NEGATIVE_KINDS.map((kind) => ({
    list: byKind[kind],
    items: rng.shuffle(positions(byKind[kind].length)),
    next: 0,
  }));
  const chosen = new LabelledPairs();
  let open = pools.filter((p) => p.items.length > 0);
  while (chosen.length < target && open.length > 0) {
    for (const pool of open) {
      if (chosen.length >= target) break;
      const i = pool.items[pool.next++];
      chosen.push(pool.list.a(i), pool.list.b(i), pool.list.kind(i));
    }
    open = open.filter((p) => p.next < p.items.length);
  }
  return chosen;
}

/** `[0, 1, …, n − 1]`. */
function positions(n: number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}
