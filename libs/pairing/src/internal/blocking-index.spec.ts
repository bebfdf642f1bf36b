import fc from 'fast-check';
import { createRng } from '@synth/random';
import { buildBlockingIndex, forEachBlockedPair } from './blocking-index';

type Keyed = { readonly a: string | number; readonly b: string | number };
const keyFns = [(r: Keyed) => r.a, (r: Keyed) => r.b];
/** The records' keys as the index takes them: one column per key function. */
const columnsOf = (records: readonly Keyed[]) => keyFns.map((keyFn) => records.map(keyFn));

/** The plain reference: key → record indices in a Map, in insertion order. */
function referenceGroups(indices: readonly number[], records: readonly Keyed[]): number[][] {
  const groups = new Map<string | number, number[]>();
  for (const keyFn of keyFns) {
    for (const i of indices) {
      const key = keyFn(records[i]);
      if (key === '' || Number.isNaN(key)) continue;
      const members = groups.get(key);
      if (members) members.push(i);
      else groups.set(key, [i]);
    }
  }
  return [...groups.values()];
}

/** The reference visit: each group's pairs, groups above the cap sampled down as the index does. */
function referencePairs(groups: readonly number[][], cap: number, seed: number): [number, number][] {
  const rng = createRng(seed, 'blocks');
  const out: [number, number][] = [];
  for (const all of groups) {
    if (all.length < 2) continue;
    const members =
      all.length > cap
        ? rng
            .shuffle([...all])
            .slice(0, cap)
            .sort((x, y) => x - y)
        : all;
    for (let x = 0; x < members.length - 1; x++) {
      for (let y = x + 1; y < members.length; y++) out.push([members[x], members[y]]);
    }
  }
  return out;
}

// Few distinct keys, so that keys repeat; '' and NaN mean no key, and the number 1 is not the string '1'.
const key = fc.constantFrom<string | number>('', 'x', 'y', '1', 1, 2, -7, NaN, 2 ** 40);
const block = fc
  .array(fc.record({ a: key, b: key }), { maxLength: 60 })
  .chain((records) =>
    fc.tuple(fc.constant(records), fc.subarray([...records.keys()]), fc.integer({ min: 2, max: 6 }), fc.nat()),
  );

describe(buildBlockingIndex, () => {
  it('should group the records of each key in first-met key order, as a Map of arrays does', () => {
    fc.assert(
      fc.property(block, ([records, indices]) => {
        const index = buildBlockingIndex(indices, columnsOf(records));
        const groups: number[][] = [];
        for (let k = 0; k < index.size; k++)
          groups.push([...index.members.subarray(index.start[k], index.start[k + 1])]);
        expect(groups).toEqual(referenceGroups(indices, records));
      }),
    );
  });

  it('should give an empty index when no record has a key', () => {
    const index = buildBlockingIndex([0, 1], [new Float64Array([NaN, NaN]), ['', '']]);
    expect([index.size, [...index.start], index.members.length]).toEqual([0, [0], 0]);
  });
});

describe(forEachBlockedPair, () => {
  it('should visit the pairs of each key, sampling keys above the cap, as the reference does', () => {
    fc.assert(
      fc.property(block, ([records, indices, cap, seed]) => {
        const index = buildBlockingIndex(indices, columnsOf(records));
        const seen: [number, number][] = [];
        const capped = forEachBlockedPair(index, cap, createRng(seed, 'blocks'), (i, j) => seen.push([i, j]));
        const groups = referenceGroups(indices, records);
        expect(seen).toEqual(referencePairs(groups, cap, seed));
        expect(capped).toBe(groups.filter((g) => g.length > cap).length);
      }),
    );
  });
});
