import { LabelledPairs } from './labelled-pairs';
import { PAIR_KINDS } from './constants';
import { hasComparableIdentity } from './pair-definitions';
import type { Prepared } from './prepare-records';

const POS_CROSS_SOURCE = PAIR_KINDS.indexOf('pos_cross_source');
const POS_WITHIN_SOURCE = PAIR_KINDS.indexOf('pos_within_source');

export interface Positives {
  /** Per split: pairs of one entity's records from different sources. */
  readonly cross: readonly LabelledPairs[];
  /** Per split: pairs of one entity's records from the same source (within-source duplicates). */
  readonly within: readonly LabelledPairs[];
  /** Per split: same-entity pairs skipped because no email, phone or name was present on both sides. */
  readonly skipped: number[];
}

/** All same-entity pairs from the truth, grouped by entity (linear in records, quadratic only per entity). */
export function minePositives(prepared: Prepared): Positives {
  const { count, source, entity, split, keys, entityCount } = prepared;
  // Each entity's records, ascending, in one array: entity e's are members[start[e]] to members[start[e + 1] - 1].
  const start = new Int32Array(entityCount + 1);
  for (let i = 0; i < count; i++) start[entity[i] + 1]++;
  for (let e = 0; e < entityCount; e++) start[e + 1] += start[e];
  const members = new Int32Array(count);
  const filled = start.slice(0, entityCount);
  for (let i = 0; i < count; i++) members[filled[entity[i]]++] = i;
  const cross = [new LabelledPairs(), new LabelledPairs(), new LabelledPairs()];
  const within = [new LabelledPairs(), new LabelledPairs(), new LabelledPairs()];
  const skipped = [0, 0, 0];
  for (let e = 0; e < entityCount; e++) {
    const from = start[e];
    const to = start[e + 1];
    if (to - from < 2) continue;
    const s = split[members[from]];
    for (let x = from; x < to - 1; x++) {
      for (let y = x + 1; y < to; y++) {
        const a = members[x];
        const b = members[y];
        if (!hasComparableIdentity(keys[a], keys[b])) {
          skipped[s]++;
          continue;
        }
        if (source[a] === source[b]) within[s].push(a, b, POS_WITHIN_SOURCE);
        else cross[s].push(a, b, POS_CROSS_SOURCE);
      }
    }
  }
  return { cross, within, skipped };
}
