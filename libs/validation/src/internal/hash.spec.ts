import fc from 'fast-check';
import { hash64, hash64Bytes, hashLo, hashLoBytes, hashOut } from './hash';

describe(hash64Bytes, () => {
  it('should hash the bytes of ASCII text as hash64 and hashLo hash the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), fc.nat(5), (text, pad) => {
        // The text somewhere inside a larger buffer, as a field inside a CSV line.
        const bytes = new Uint8Array(pad + text.length + 3).fill(44);
        for (let i = 0; i < text.length; i++) bytes[pad + i] = text.charCodeAt(i);
        hash64(text);
        const expected = [hashOut[0], hashOut[1]];
        hash64Bytes(bytes, pad, pad + text.length);
        expect([hashOut[0], hashOut[1]]).toEqual(expected);
        expect(hashLoBytes(bytes, pad, pad + text.length)).toBe(hashLo(text));
      }),
      { numRuns: 200 },
    );
  });
});
