import fc from 'fast-check';
import { KeyNumbers } from './key-numbers';

/** The reference: a Map numbering keys on first sight. */
function referenceNumbers(keys: readonly (string | number)[]): number[] {
  const ids = new Map<string | number, number>();
  return keys.map((key) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  });
}

// Int32 keys (the table), near its edges, larger and fractional numbers and strings (the Map), with repeats.
const key = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom(-(2 ** 31), 2 ** 31 - 1, 2 ** 31, -0, 0.5, 2 ** 40),
  fc.integer(),
  fc.constantFrom('', '1', 'a', '-0'),
);

describe(KeyNumbers, () => {
  it('should number keys on first sight as a Map does, whatever the expected size', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 200 }), fc.nat(100), (keys, expected) => {
        const numbers = new KeyNumbers(expected);
        expect(keys.map((k) => numbers.numberOf(k))).toEqual(referenceNumbers(keys));
        expect(numbers.size).toBe(new Set(keys).size);
      }),
    );
  });

  it('should keep every number when the table grows far past the expected size', () => {
    const numbers = new KeyNumbers(1);
    const keys = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 3001);
    expect(keys.map((k) => numbers.numberOf(k))).toEqual(referenceNumbers(keys));
  });
});
