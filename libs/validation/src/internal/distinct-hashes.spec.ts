import fc from 'fast-check';
import { DistinctHashes } from './distinct-hashes';
import { hash64, hashOut } from './hash';

/** The distinct hashes of `values` as `hi:lo` strings, in first-seen order. */
function reference(values: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const v of values) {
    hash64(v);
    seen.add(`${hashOut[0]}:${hashOut[1]}`);
  }
  return [...seen];
}

const pairsOf = (array: Uint32Array) =>
  Array.from({ length: array.length / 2 }, (_, i) => `${array[2 * i]}:${array[2 * i + 1]}`);

describe(DistinctHashes, () => {
  it('should list the distinct hashes of batch after batch in first-seen order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 3 }), { maxLength: 400 }), { maxLength: 5 }), (batches) => {
        const set = new DistinctHashes(4);
        for (const batch of batches) {
          set.clear();
          const added = batch.map((v) => {
            hash64(v);
            return set.add(hashOut[0], hashOut[1]);
          });
          const expected = reference(batch);
          expect(added.filter(Boolean)).toHaveLength(expected.length);
          expect(set.size).toBe(expected.length);
          expect(pairsOf(set.toArray())).toEqual(expected);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('should keep raw hash pairs, (0, 0) and colliding slots included, as a Set of them would (property)', () => {
    // Few distinct halves, so that pairs share slots and probe runs; 0 and the top bit set among them.
    const half = fc.constantFrom(0, 1, 2, 0x7fffffff, 0x80000000, 0xffffffff, 0x12345678, 0xfedcba98);
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(half, half), { maxLength: 100 }), { maxLength: 4 }), (batches) => {
        const set = new DistinctHashes(2);
        for (const batch of batches) {
          set.clear();
          const expected = [...new Set(batch.map(([hi, lo]) => `${hi}:${lo}`))];
          const added = batch.filter(([hi, lo]) => set.add(hi, lo));
          expect(added).toHaveLength(expected.length);
          expect(set.size).toBe(expected.length);
          expect(pairsOf(set.toArray())).toEqual(expected);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('should forget every entry on clear', () => {
    const set = new DistinctHashes(2);
    expect(set.add(1, 2)).toBe(true);
    expect(set.add(1, 2)).toBe(false);
    set.clear();
    expect(set.size).toBe(0);
    expect(set.toArray()).toEqual(new Uint32Array(0));
    expect(set.add(1, 2)).toBe(true);
    expect(set.add(0, 0)).toBe(true);
    set.clear();
    expect(set.add(0, 0)).toBe(true);
    expect(set.add(0, 0)).toBe(false);
    expect(set.toArray()).toEqual(new Uint32Array([0, 0]));
  });

  it('should add a batch with addAll as add of each in turn, in its order (property)', () => {
    const half = fc.constantFrom(0, 1, 7, 0x80000000, 0xffffffff);
    const pairs = fc.array(fc.tuple(half, half), { maxLength: 1200 });
    fc.assert(
      fc.property(fc.array(pairs, { maxLength: 3 }), (batches) => {
        const one = new DistinctHashes(2);
        const all = new DistinctHashes(2);
        for (const batch of batches) {
          for (const [hi, lo] of batch) one.add(hi, lo);
          // The hashes past `count` are not added.
          all.addAll(Uint32Array.from([...batch.flat(), 9, 9]), batch.length);
        }
        expect(all.size).toBe(one.size);
        expect(all.toArray()).toEqual(one.toArray());
      }),
      { numRuns: 40 },
    );
  });
});
