import { createRng } from '@synth/random';
import type { Source } from '@synth/schema';
import type { EntityPlan } from '../entity-plan';

/**
 * Gives the records of one source in one chunk their record numbers: the chunk's records are
 * shuffled (so duplicates are not adjacent), numbered from the chunk's first record number, and each
 * entity's records are listed in increasing number (its base record first).
 */
export function orderRecordNumbers(plan: EntityPlan, source: Source, chunk: number, start: number, size: number) {
  const counts = plan.recordCounts[source];
  const first = plan.chunkFirstRecord[source][chunk];
  const total = plan.chunkFirstRecord[source][chunk + 1] - first;
  const offsets = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) offsets[i + 1] = offsets[i] + counts[start + i];
  const slots = new Int32Array(total);
  // A plain loop: most entities have one record, and a `fill` call per entity costs more than the store.
  for (let i = 0; i < size; i++) for (let p = offsets[i]; p < offsets[i + 1]; p++) slots[p] = i;
  const rng = createRng(plan.options.seed, 'chunk', chunk, source);
  for (let p = total - 1; p > 0; p--) {
    const q = Math.floor(rng.next() * (p + 1));
    const t = slots[p];
    slots[p] = slots[q];
    slots[q] = t;
  }
  const fill = offsets.slice(0, size);
  const recordNumbers = new Float64Array(total);
  for (let p = 0; p < total; p++) recordNumbers[fill[slots[p]]++] = first + p;
  return { offsets, recordNumbers, first };
}
