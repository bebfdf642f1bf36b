import fc from 'fast-check';
import { HashSet64 } from './hash-set-64';

describe(HashSet64, () => {
  it('should behave like a Set of strings through growth (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 3000 }), (values) => {
        const set = new HashSet64(4);
        const reference = new Set<string>();
        for (const v of values) expect(set.addString(v)).toBe(!reference.has(v) && Boolean(reference.add(v)));
        expect(set.size).toBe(reference.size);
        for (const v of values) expect(set.hasString(v)).toBe(true);
        expect(set.hasString('\u0000never added')).toBe(false);
      }),
      { numRuns: 30 },
    );
  });

  it('should keep the first value stored for a key', () => {
    const set = new HashSet64(2);
    expect(set.upsertString('leads\u0000L1', 2)).toBe(-1);
    for (let i = 0; i < 100; i++) set.upsertString(`k${i}`, i % 3);
    expect(set.upsertString('leads\u0000L1', 0)).toBe(2);
    expect(set.upsertString('k7', 0)).toBe(1);
  });
});
