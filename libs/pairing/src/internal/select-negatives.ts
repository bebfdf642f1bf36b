import type { Rng } from '@synth/random';
import type { HardNegativeKind } from '../types';
import { HARD_NEGATIVE_KINDS } from './constants';
import type { HardPair, LabelledPair } from './mine-hard-negatives';

/**
 * Takes up to `target` hard negatives, round-robin across kinds after a seeded shuffle of each
 * kind, so the kind mix stays as even as the candidates allow.
 */
export function selectHardNegatives(
  byKind: Record<HardNegativeKind, readonly HardPair[]>,
  target: number,
  rng: Rng,
): LabelledPair[] {
  const pools = HARD_NEGATIVE_KINDS.map((kind) => ({ items: rng.shuffle([...byKind[kind]]), next: 0 }));
  const chosen: LabelledPair[] = [];
  let open = pools.filter((p) => p.items.length > 0);
  while (chosen.length < target && open.length > 0) {
    for (const pool of open) {
      if (chosen.length >= target) break;
      chosen.push(pool.items[pool.next++]);
    }
    open = open.filter((p) => p.next < p.items.length);
  }
  return chosen;
}
