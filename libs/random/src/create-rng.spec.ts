import fc from 'fast-check';
import { createRng, createRngs } from './create-rng';
import { hashToUnit } from './hash-to-unit';

const draw = (seed: string | number, path: (string | number)[], n: number) => {
  const rng = createRng(seed, ...path);
  return Array.from({ length: n }, () => rng.next());
};

describe(createRng, () => {
  it('should give the same sequence for the same seed and path', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.oneof(fc.string(), fc.nat())), (seed, path) => {
        expect(draw(seed, path, 20)).toEqual(draw(seed, path, 20));
      }),
    );
  });

  it('should give different sequences for different purposes', () => {
    expect(draw(42, ['entities', 0], 5)).not.toEqual(draw(42, ['noise', 0], 5));
    expect(draw(42, ['entities', 0], 5)).not.toEqual(draw(43, ['entities', 0], 5));
  });

  it('should derive a child that does not depend on how much the parent drew', () => {
    const a = createRng(7, 'x');
    const b = createRng(7, 'x');
    b.next();
    b.next();
    expect(a.child('block', 3).next()).toBe(b.child('block', 3).next());
    expect(a.child('block', 3).key).toBe('7:x:block:3');
  });

  it('should keep int() within its inclusive bounds and reach both ends', () => {
    const rng = createRng(1, 'int');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = rng.int(3, 6);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(6);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('should shuffle to a permutation and refuse to pick from nothing', () => {
    const rng = createRng(5, 'shuffle');
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = rng.shuffle([...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
    expect(() => rng.pick([])).toThrow('pick() needs a non-empty array');
  });

  it('should make chance(p) true about p of the time', () => {
    const rng = createRng(9, 'chance');
    let hits = 0;
    for (let i = 0; i < 20000; i++) if (rng.chance(0.3)) hits++;
    expect(hits / 20000).toBeGreaterThan(0.28);
    expect(hits / 20000).toBeLessThan(0.32);
  });
});

describe(hashToUnit, () => {
  it('should be stable and in [0, 1)', () => {
    fc.assert(
      fc.property(fc.string(), (key) => {
        const v = hashToUnit(key);
        expect(v).toBe(hashToUnit(key));
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThan(1);
      }),
    );
    expect(hashToUnit('42:split:E1')).toBe(hashToUnit('42:split:E1'));
  });
});

describe(createRngs, () => {
  it('should give the stream createRng gives for the same seed, path and last part (property)', () => {
    const part = fc.oneof(fc.string(), fc.nat(), fc.double());
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.string()), fc.array(part, { maxLength: 4 }), part, (seed, path, last) => {
        const a = createRngs(seed, ...path)(last);
        const b = createRng(seed, ...path, last);
        expect(a.key).toBe(b.key);
        expect(Array.from({ length: 10 }, () => a.next())).toEqual(Array.from({ length: 10 }, () => b.next()));
        expect(a.child('c', 1).next()).toBe(b.child('c', 1).next());
      }),
    );
  });

  it('should make independent streams, one per last part', () => {
    const noise = createRngs(42, 'noise', 'leads');
    const a = noise('L0000001');
    a.next();
    expect(noise('L0000001').next()).toBe(createRng(42, 'noise', 'leads', 'L0000001').next());
    expect(noise('L0000002').key).toBe('42:noise:leads:L0000002');
  });
});
