import type { PairingColumns } from '../pairing-columns';
import type { PairingRecord, Source } from '../types';
import { SOURCES } from './constants';

/** The source's position in SOURCES (-1 for none): a scan of three, cheaper than a hash lookup. */
export const sourceRank = (source: string): number => SOURCES.indexOf(source as Source);

/** Canonical order of two records: by source (in SOURCES order), then by id (code-unit order). */
export const canonical = (a: PairingRecord, b: PairingRecord): number => {
  const s = sourceRank(a.source) - sourceRank(b.source);
  return s !== 0 ? s : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/**
 * The positions of `records` in canonical order, as a stable sort by {@link canonical} gives them: `order[k]`
 * is the position of the k-th record in that order. Records whose ids ascend within each source (a block's
 * records, made chunk by chunk, a source at a time) are only dealt out to their sources, with no comparison
 * sort.
 */
export function canonicalOrder(records: Pick<PairingColumns, 'source' | 'id'>): Int32Array {
  const { source, id: ids } = records;
  const n = ids.length;
  const next = [0, 0, 0];
  const lastId: (string | undefined)[] = [undefined, undefined, undefined];
  let ascending = true;
  for (let i = 0; i < n; i++) {
    const r = source[i];
    const id = ids[i];
    const last = lastId[r];
    if (last !== undefined && last > id) ascending = false;
    lastId[r] = id;
    next[r]++;
  }
  const order = new Int32Array(n);
  if (ascending) {
    // Each source's records keep their input order, which is already by id (equal ids too, as a stable sort).
    next[2] = next[0] + next[1];
    next[1] = next[0];
    next[0] = 0;
    for (let i = 0; i < n; i++) order[next[source[i]]++] = i;
    return order;
  }
  // A stable sort of the positions orders them as sorting the records would.
  const positions = new Array<number>(n);
  for (let i = 0; i < n; i++) positions[i] = i;
  positions.sort((x, y) => source[x] - source[y] || (ids[x] < ids[y] ? -1 : ids[x] > ids[y] ? 1 : 0));
  for (let i = 0; i < n; i++) order[i] = positions[i];
  return order;
}
