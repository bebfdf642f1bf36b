import fc from 'fast-check';
import { decimal } from './decimal';

describe(decimal, () => {
  it('should write any number as String does, memoised or not (property)', () => {
    const n = fc.oneof(fc.integer({ min: -100, max: 40000 }), fc.double({ noNaN: false }));
    fc.assert(
      fc.property(n, (x) => {
        expect(decimal(x)).toBe(String(x));
        expect(decimal(x)).toBe(String(x));
      }),
    );
    expect([decimal(-0), decimal(0), decimal(32767), decimal(32768), decimal(1.5)]).toEqual([
      '0',
      '0',
      '32767',
      '32768',
      '1.5',
    ]);
  });
});
