import fc from 'fast-check';
import { HashSet64 } from './hash-set-64';

describe(HashSet64, () => {
  it.each([0.5, 0.75])('should behave like a Set of strings through growth, filled up to %s (property)', (maxLoad) => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 3000 }), (values) => {
        const set = new HashSet64(4, maxLoad);
        const reference = new Set<string>();
        for (const v of values) expect(set.addString(v)).toBe(!reference.has(v) && Boolean(reference.add(v)));
        expect(set.size).toBe(reference.size);
        for (const v of values) expect(set.hasString(v)).toBe(true);
        expect(set.hasString('\u0000never added')).toBe(false);
      }),
      { numRuns: 30 },
    );
  });

  it('should double its table when the entries reach maxLoad of its slots', () => {
    const half = new HashSet64(8);
    const threeQuarters = new HashSet64(8, 0.75);
    for (let i = 0; i < 3; i++) {
      half.add(i + 1, i);
      threeQuarters.add(i + 1, i);
    }
    expect([half.slots, threeQuarters.slots]).toEqual([8, 8]);
    half.add(10, 10);
    threeQuarters.add(10, 10);
    expect([half.slots, threeQuarters.slots]).toEqual([16, 8]);
    threeQuarters.add(11, 11);
    threeQuarters.add(12, 12);
    expect(threeQuarters.slots).toBe(16);
    // 24,000 entries: 2^15 slots at three quarters (limit 24,576), 2^16 at half (2^15 would hold 16,384).
    const sizes = [0.5, 0.75].map((maxLoad) => {
      const big = new HashSet64(1024, maxLoad);
      for (let i = 0; i < 24_000; i++) big.add(i + 1, Math.imul(i, 0x9e3779b1));
      return [big.slots, big.size];
    });
    expect(sizes).toEqual([
      [2 ** 16, 24_000],
      [2 ** 15, 24_000],
    ]);
  });

  it('should refuse a maxLoad outside 0.25 to 0.75', () => {
    expect(() => new HashSet64(8, 0.9)).toThrow('maxLoad must be from 0.25 to 0.75, got 0.9');
    expect(() => new HashSet64(8, 0)).toThrow(RangeError);
  });

  it('should keep the first value stored for a key', () => {
    const set = new HashSet64(2);
    expect(set.upsertString('leads\u0000L1', 2)).toBe(-1);
    for (let i = 0; i < 100; i++) set.upsertString(`k${i}`, i % 3);
    expect(set.upsertString('leads\u0000L1', 0)).toBe(2);
    expect(set.upsertString('k7', 0)).toBe(1);
  });
});

describe('HashSet64 marks and copies', () => {
  it('should or flags into an entry and report the flags before', () => {
    const set = new HashSet64(2);
    expect(set.mark(1, 2, 1)).toBe(0);
    for (let i = 0; i < 50; i++) set.mark(i + 10, i, 2);
    expect(set.mark(1, 2, 2)).toBe(1);
    expect(set.mark(1, 2, 1)).toBe(3);
    const seen: number[] = [];
    set.forEach((hi, lo, value) => hi === 1 && lo === 2 && seen.push(value));
    expect(seen).toEqual([3]);
  });

  it('should copy every entry as interleaved halves', () => {
    const set = new HashSet64(4);
    for (let i = 0; i < 20; i++) set.add(i, i * 7);
    const pairs = set.toArray();
    expect(pairs).toHaveLength(40);
    const back = new HashSet64();
    for (let i = 0; i < pairs.length; i += 2) back.add(pairs[i], pairs[i + 1]);
    expect(back.size).toBe(20);
    for (let i = 0; i < 20; i++) expect(back.has(i, i * 7)).toBe(true);
  });
});

describe('HashSet64 values', () => {
  it('should keep values, marks and entries like a Map through growth (property)', () => {
    const op = fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 255 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(op, { maxLength: 2000 }), (ops) => {
        const set = new HashSet64(2);
        const reference = new Map<number, number>();
        for (const [key, value, isMark] of ops) {
          const hi = key * 2654435761;
          const before = reference.get(key);
          if (isMark) {
            expect(set.mark(hi >>> 0, key, value)).toBe(before ?? 0);
            reference.set(key, (before ?? 0) | value);
          } else {
            expect(set.upsert(hi >>> 0, key, value)).toBe(before ?? -1);
            if (before === undefined) reference.set(key, value);
          }
        }
        expect(set.size).toBe(reference.size);
        const seen = new Map<number, number>();
        set.forEach((_, lo, value) => seen.set(lo, value));
        expect(seen).toEqual(reference);
        expect(set.toArray()).toHaveLength(2 * reference.size);
        for (const [key, value] of reference) expect(set.get((key * 2654435761) >>> 0, key)).toBe(value);
        expect(set.get(1, 1000)).toBe(-1);
      }),
      { numRuns: 50 },
    );
  });
});
