import fc from 'fast-check';
import { isoDay, yearOfDay } from './record-context';

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
