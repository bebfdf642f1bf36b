import type { LabelledPair } from './mine-hard-negatives';
import { hasComparableIdentity } from './pair-definitions';
import type { Prepared } from './prepare-records';

export interface Positives {
  /** Per split: pairs of one entity's records from different sources. */
  readonly cross: LabelledPair[][];
  /** Per split: pairs of one entity's records from the same source (within-source duplicates). */
  readonly within: LabelledPair[][];
  /** Per split: same-entity pairs skipped because no email, phone or name was present on both sides. */
  readonly skipped: number[];
}

/** All same-entity pairs from the truth, grouped by entity (linear in records, quadratic only per entity). */
export function minePositives(prepared: Prepared): Positives {
  const { records, entity, split, keys, entityCount } = prepared;
  const members: number[][] = Array.from({ length: entityCount }, () => []);
  for (let i = 0; i < records.length; i++) members[entity[i]].push(i);
  const cross: LabelledPair[][] = [[], [], []];
  const within: LabelledPair[][] = [[], [], []];
  const skipped = [0, 0, 0];
  for (const list of members) {
    if (list.length < 2) continue;
    const s = split[list[0]];
    for (let x = 0; x < list.length - 1; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x];
        const b = list[y];
        if (!hasComparableIdentity(keys[a], keys[b])) {
          skipped[s]++;
          continue;
        }
        if (records[a].source === records[b].source) within[s].push({ a, b, kind: 'pos_within_source' });
        else cross[s].push({ a, b, kind: 'pos_cross_source' });
      }
    }
  }
  return { cross, within, skipped };
}
