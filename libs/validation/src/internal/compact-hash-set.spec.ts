import fc from 'fast-check';
import { CompactHashSet } from './compact-hash-set';

/** Hash halves from a small range, so that repeats, `(0, 0)` and shared home slots are common. */
const half = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 0xffffffff }));

describe(CompactHashSet, () => {
  it('should behave like a Set of (hi, lo) keys through growth (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(half, half), { maxLength: 3000 }), (pairs) => {
        const set = new CompactHashSet(2);
        const reference = new Set<string>();
        for (const [hi, lo] of pairs) {
          const key = `${hi}:${lo}`;
          expect(set.add(hi, lo)).toBe(!reference.has(key));
          reference.add(key);
        }
        expect(set.size).toBe(reference.size);
        const listed: string[] = [];
        set.forEach((hi, lo) => listed.push(`${hi}:${lo}`));
        expect(listed.sort()).toEqual([...reference].sort());
      }),
      { numRuns: 100 },
    );
  });

  it('should keep its entries when it makes room for more (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(half, half, fc.nat(5000)), { maxLength: 500 }), (steps) => {
        const set = new CompactHashSet(2);
        const reference = new Set<string>();
        for (const [hi, lo, room] of steps) {
          set.reserve(room);
          expect(set.add(hi, lo)).toBe(!reference.has(`${hi}:${lo}`));
          reference.add(`${hi}:${lo}`);
        }
        expect(set.size).toBe(reference.size);
        let listed = 0;
        set.forEach((hi, lo) => (listed += reference.has(`${hi}:${lo}`) ? 1 : 0));
        expect(listed).toBe(reference.size);
      }),
      { numRuns: 50 },
    );
  });

  it('should start empty again after clear, batch after batch, whatever it held (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(half, half), { maxLength: 300 }), { maxLength: 6 }), (batches) => {
        const set = new CompactHashSet(2);
        for (const batch of batches) {
          set.clear();
          const reference = new Set<string>();
          for (const [hi, lo] of batch) {
            expect(set.add(hi, lo)).toBe(!reference.has(`${hi}:${lo}`));
            reference.add(`${hi}:${lo}`);
          }
          const listed: string[] = [];
          set.forEach((hi, lo) => listed.push(`${hi}:${lo}`));
          expect(listed.sort()).toEqual([...reference].sort());
        }
      }),
      { numRuns: 100 },
    );
  });

  it('should hold the hash (0, 0) once, like any other', () => {
    const set = new CompactHashSet();
    expect(set.add(0, 0)).toBe(true);
    expect(set.add(0, 0)).toBe(false);
    expect(set.add(0, 1)).toBe(true);
    expect(set.size).toBe(2);
    const listed: number[][] = [];
    set.forEach((hi, lo) => listed.push([hi, lo]));
    expect(listed).toEqual([
      [0, 0],
      [0, 1],
    ]);
  });

  it('should hold what it held after touch, which adds nothing', () => {
    const set = new CompactHashSet(4);
    set.add(1, 2);
    set.touch(Uint32Array.of(1, 2, 3, 4, 0, 0), 0, 3);
    expect(set.size).toBe(1);
    const held: [number, number][] = [];
    set.forEach((hi, lo) => held.push([hi, lo]));
    expect(held).toEqual([[1, 2]]);
  });
});
