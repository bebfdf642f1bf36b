// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./parquetjs-lite.d.ts" />
import fc from 'fast-check';
import { deflate } from 'parquetjs-lite/lib/compression';
import { snappyCompress } from './snappy';

/** What parquetjs-lite writes for `input` on a SNAPPY page (snappyjs's bytes), as a Buffer. */
const reference = (input: Uint8Array) => Buffer.from(deflate('SNAPPY', Buffer.from(input)));

describe('snappyCompress', () => {
  it('gives snappyjs bytes for empty, short, repetitive and incompressible inputs', () => {
    const random = Buffer.alloc(70_000);
    let x = 1;
    for (let i = 0; i < random.length; i++) random[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
    const doubles = Buffer.alloc(80_000);
    for (let i = 0; i < 10_000; i++) doubles.writeDoubleLE(i % 7 === 0 ? 0 : ((i * 31) % 1000) / 1000, i * 8);
    const inputs = [
      Buffer.alloc(0),
      Buffer.from('a'),
      Buffer.from('abcabcabcabcabcabc'),
      Buffer.alloc(70_000, 7),
      Buffer.from('leads,L0000001,'.repeat(9_000)),
      random,
      doubles,
      // A pooled Buffer (non-zero byteOffset) as Buffer.concat gives.
      Buffer.concat([Buffer.from([1, 2, 3]), Buffer.from('xyzxyzxyzxyz'.repeat(50))]),
    ];
    for (const input of inputs) expect(snappyCompress(input)).toEqual(reference(input));
  });

  it('gives snappyjs bytes for any input (property)', () => {
    // Few distinct bytes make matches of every length and offset; runs cross the 64 KiB fragments.
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 3_000 }),
      fc.uint8Array({ min: 0, max: 3, maxLength: 3_000 }),
      fc
        .tuple(fc.uint8Array({ min: 0, max: 1, minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 2_500 }))
        .map(([unit, times]) => Uint8Array.from({ length: unit.length * times }, (_, i) => unit[i % unit.length])),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        expect(snappyCompress(input)).toEqual(reference(input));
      }),
      { numRuns: 300 },
    );
  });
});
