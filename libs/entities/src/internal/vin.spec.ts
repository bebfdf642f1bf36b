import { createRng } from '@synth/random';
import { makeVin, vinCheckDigit } from './vin';

describe(vinCheckDigit, () => {
  it.each([
    ['1M8GDM9AXKP042788', 'X'],
    ['11111111111111111', '1'],
    ['1HGCM82633A004352', '3'],
  ])('should compute the check digit of %s', (vin, digit) => {
    expect(vinCheckDigit(vin)).toBe(digit);
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
