import fc from 'fast-check';
import { hash64, hashLo, hashOut } from './hash';
import { HyperLogLog } from './hyper-log-log';

/** Whether two sketches have the same registers (a byte comparison: `toEqual` on 16 KiB is slow). */
const same = (a: HyperLogLog, b: HyperLogLog) => Buffer.from(a.registers).equals(Buffer.from(b.registers));

/** A sketch of `values` by the low halves of their 64-bit hashes, as the column profiler makes it. */
function sketchOf(values: readonly string[]): HyperLogLog {
  const sketch = new HyperLogLog();
  for (const v of values) {
    hash64(v);
    sketch.add(hashOut[1]);
  }
  return sketch;
}

describe(HyperLogLog, () => {
  it('should merge sketches of parts into exactly the sketch of their union (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), { maxLength: 5 }), (parts) => {
        const merged = new HyperLogLog();
        for (const part of parts) merged.merge(sketchOf(part).registers);
        const union = sketchOf(parts.flat());
        expect(same(merged, union)).toBe(true);
        expect(merged.estimate()).toBe(union.estimate());
      }),
    );
  });

  it('should not depend on the order or repeats of the values', () => {
    const values = Array.from({ length: 5000 }, (_, i) => `v${i % 1234}`);
    expect(same(sketchOf(values), sketchOf([...new Set(values)].reverse()))).toBe(true);
  });

  it('should have registers of SIZE bytes and estimate a large count within 3 %', () => {
    const sketch = sketchOf(Array.from({ length: 100_000 }, (_, i) => `id-${i}`));
    expect(sketch.registers).toHaveLength(HyperLogLog.SIZE);
    expect(Math.abs(sketch.estimate() - 100_000) / 100_000).toBeLessThan(0.03);
  });
});

describe(hashLo, () => {
  it('should be the low half of hash64 (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        hash64(s);
        expect(hashLo(s)).toBe(hashOut[1]);
      }),
    );
  });
});
