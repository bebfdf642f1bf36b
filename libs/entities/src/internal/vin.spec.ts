import fc from 'fast-check';
import { createRng, type Rng } from '@synth/random';
import { makeVin, vinCheckDigit } from './vin';

describe(vinCheckDigit, () => {
  it.each([
    ['1M8GDM9AXKP042788', 'X'],
    ['11111111111111111', '1'],
    ['1HGCM82633A004352', '3'],
  ])('should compute the check digit of %s', (vin, digit) => {
    expect(vinCheckDigit(vin)).toBe(digit);
  });

  it('should weigh any text as the table of letters and digits does', () => {
    const values: Record<string, number> = {};
    ['ABCDEFGH', 'JKLMN', 'P', 'R', 'STUVWXYZ'].forEach((run, k) =>
      [...run].forEach((c, i) => (values[c] = [1, 1, 7, 9, 2][k] + i)),
    );
    for (let d = 0; d <= 9; d++) values[String(d)] = d;
    const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    const reference = (vin: string) => {
      let sum = 0;
      for (let i = 0; i < 17; i++) sum += (values[vin[i]] ?? 0) * weights[i];
      return sum % 11 === 10 ? 'X' : String(sum % 11);
    };
    const vinLike = fc.string({ unit: fc.constantFrom(...'ABCHJPRSZ0159IOQa-é'.split('')), maxLength: 20 });
    fc.assert(fc.property(fc.oneof(vinLike, fc.string()), (vin) => expect(vinCheckDigit(vin)).toBe(reference(vin))));
  });
});

describe(makeVin, () => {
  it('should make 17-character VINs without I, O, Q whose check digit verifies', () => {
    const rng = createRng(5, 'vin');
    for (let i = 0; i < 500; i++) {
      const vin = makeVin(rng, '1HG', 2015 + (i % 12));
      expect(vin).toMatch(/^[A-HJ-NPR-Z0-9]{17}$/);
      expect(vin[8]).toBe(vinCheckDigit(vin));
    }
    expect(makeVin(createRng(5, 'vin'), '5YJ', 2024)[9]).toBe('R');
  });
});

/** The string-template VIN maker `makeVin` replaces: the same draws must give the same VIN. */
function referenceVin(rng: Rng, wmi: string, modelYear: number): string {
  const chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  let vds = '';
  for (let i = 0; i < 5; i++) vds += chars[Math.floor(rng.next() * chars.length)];
  const year = 'ABCDEFGHJKLMNPRSTVWXY123456789'[(((modelYear - 1980) % 30) + 30) % 30];
  const plant = chars[Math.floor(rng.next() * 23)];
  const serial = String(100000 + Math.floor(rng.next() * 900000));
  const draft = `${wmi}${vds}0${year}${plant}${serial}`;
  return `${draft.slice(0, 8)}${vinCheckDigit(draft)}${draft.slice(9)}`;
}

describe('makeVin against its string-template form', () => {
  it('should give the same VIN and leave the stream at the same place', () => {
    const wmi = fc.oneof(fc.constantFrom('1HG', '5YJ', 'JTD', 'WBA'), fc.string({ maxLength: 5 }));
    const year = fc.oneof(fc.integer({ min: 1950, max: 2100 }), fc.double({ noNaN: true, min: 1900, max: 2100 }));
    fc.assert(
      fc.property(fc.integer(), wmi, year, (seed, w, y) => {
        const [a, b] = [createRng(seed, 'vin'), createRng(seed, 'vin')];
        expect(makeVin(a, w, y)).toBe(referenceVin(b, w, y));
        expect(a.next()).toBe(b.next());
      }),
      { numRuns: 1000 },
    );
  });
});
