import fc from 'fast-check';
import { money } from './hint-renderers';

describe(money, () => {
  it('should write any amount as toFixed(2) does, whole amounts from the memo too', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1e9, max: 1e9 }), fc.integer({ min: -1e7, max: 1e7 })), (x) => {
        expect(money(x)).toBe(x.toFixed(2));
        expect(money(x)).toBe(x.toFixed(2));
      }),
    );
    expect([money(-0), money(0), money(35000), money(0.125)]).toEqual(['0.00', '0.00', '35000.00', '0.13']);
  });

  it('should write whole hundreds in and out of the memo, negative ones too (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (k) => {
        expect(money(k * 100)).toBe((k * 100).toFixed(2));
        expect(money(k * 100)).toBe((k * 100).toFixed(2));
      }),
    );
  });

  it('should answer the same for every whole amount it memoises', () => {
    for (let x = 0; x < 10000; x += 1) expect(money(x * 100)).toBe((x * 100).toFixed(2));
  });
});
