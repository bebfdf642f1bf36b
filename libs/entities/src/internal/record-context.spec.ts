import fc from 'fast-check';
import { isoDateTime, isoDay, pad, prefixedId, yearOfDay } from './record-context';

describe(yearOfDay, () => {
  it("should give the Date's UTC year of any day number", () => {
    fc.assert(
      fc.property(fc.integer({ min: -800000, max: 800000 }), (day) => {
        expect(yearOfDay(day)).toBe(new Date(day * 86400000).getUTCFullYear());
      }),
    );
  });

  it('should turn over on the first of January', () => {
    const newYear = Date.UTC(2026, 0, 1) / 86400000;
    expect([yearOfDay(newYear - 1), yearOfDay(newYear)]).toEqual([2025, 2026]);
    expect(isoDay(newYear)).toBe('2026-01-01');
  });
});

describe(isoDay, () => {
  it("should write the Date's YYYY-MM-DD of any day, memoised or not (property)", () => {
    const day = fc.oneof(fc.integer({ min: -100000, max: 100000 }), fc.double({ min: -1000, max: 70000, noNaN: true }));
    fc.assert(
      fc.property(day, (d) => {
        const iso = new Date(d * 86400000).toISOString().slice(0, 10);
        expect(isoDay(d)).toBe(iso);
        expect(isoDay(d)).toBe(iso);
      }),
    );
    expect([isoDay(0), isoDay(65535), isoDay(65536), isoDay(-1)]).toEqual([
      '1970-01-01',
      '2149-06-06',
      '2149-06-07',
      '1969-12-31',
    ]);
  });
});

describe(isoDateTime, () => {
  it("should write the Date's ISO time of a day and a second, to the second", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80000 }), fc.integer({ min: 0, max: 86399 }), (day, second) => {
        const iso = new Date(day * 86400000 + second * 1000).toISOString().replace('.000', '');
        expect(isoDateTime(day, second)).toBe(iso);
      }),
    );
  });
  it('should keep the day text as it is outside the years 0000–9999 (`+010000-01`, `-000001-12`)', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 3_500_000 }), fc.integer({ min: 0, max: 86399 }), (day, s) => {
        const time = `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
        expect(isoDateTime(day, s)).toBe(`${isoDay(day)}T${time}Z`);
      }),
    );
    expect(isoDateTime(2_932_897, 0)).toBe('+010000-01T00:00:00Z');
  });
});

describe(pad, () => {
  it('should zero-pad to the width and leave longer numbers whole', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 30 }), (n, width) => {
        expect(pad(n, width)).toBe(String(n).padStart(width, '0'));
      }),
    );
  });
});

describe(prefixedId, () => {
  it('should be the prefix and the zero-padded number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.oneof(fc.nat(), fc.maxSafeNat()), fc.nat({ max: 40 }), (p, n, w) => {
        expect(prefixedId(p, n, w)).toBe(p + pad(n, w));
      }),
    );
    expect(prefixedId('L', 42, 7)).toBe('L0000042');
    expect(prefixedId('E', 12345678, 7)).toBe('E12345678');
    expect(prefixedId('X', -3, 4)).toBe('X' + pad(-3, 4));
  });
});
