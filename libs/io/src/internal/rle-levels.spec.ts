// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./parquetjs-lite.d.ts" />
import fc from 'fast-check';
import { encodeValues } from 'parquetjs-lite/lib/codec/rle';
import { encodeDefinitionLevels } from './rle-levels';

/** Levels as runs of random lengths, so that both repeated and bit-packed runs of every size occur. */
const levels = fc
  .array(fc.tuple(fc.constantFrom(0, 1), fc.integer({ min: 1, max: 40 })), { maxLength: 60 })
  .map((runs) => runs.flatMap(([v, k]) => Array.from({ length: k }, () => v)));

describe(encodeDefinitionLevels, () => {
  it('should give the bytes of parquetjs-lite for any levels', () => {
    fc.assert(
      fc.property(levels, fc.integer({ min: 0, max: 9 }), (values, spare) => {
        // Rows past n (a reused buffer's stale rows) are not encoded.
        const present = Uint8Array.from([...values, ...Array.from({ length: spare }, (_, i) => i % 2)]);
        const expected = encodeValues('INT32', [...values], { bitWidth: 1 });
        expect(encodeDefinitionLevels(present, values.length).equals(expected)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('should write an empty level stream as a zero length', () => {
    expect([...encodeDefinitionLevels(new Uint8Array(4), 0)]).toEqual([0, 0, 0, 0]);
  });
});
