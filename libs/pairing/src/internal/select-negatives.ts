import type { Rng } from '@synth/random';
import type { HardNegativeKind } from '../types';
import { HARD_NEGATIVE_KINDS } from './constants';
import type { IndexPair } from './mine-hard-negatives';

export interface KindedPair extends IndexPair {
  readonly kind: HardNegativeKind | 'neg_random';
}

/**
 * Takes up to `target` hard negatives, round-robin across kinds after a seeded shuffle of each
 * kind, so the kind mix stays as even as the candidates allow.
 */
export function selectHardNegatives(
  byKind: Record<HardNegativeKind, readonly IndexPair[]>,
  target: number,
  rng: Rng,
): KindedPair[] {
  const pools = HARD_NEGATIVE_KINDS.map((kind) => ({ kind, items: rng.shuffle([...byKind[kind]]), next: 0 }));
  const chosen: KindedPair[] = [];
  let open = pools.filter((p) => p.items.length > 0);
  while (chosen.length < target && open.length > 0) {
    for (const pool of open) {
      if (chosen.length >= target) break;
      const { a, b } = pool.items[pool.next++];
      chosen.push({ a, b, kind: pool.kind });
    }
    open = open.filter((p) => p.next < p.items.length);
  }
  return chosen;
}
