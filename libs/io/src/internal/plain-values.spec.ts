import fc from 'fast-check';
import type { PendingColumn } from './column-group';
import { encodePlainValues } from './plain-values';

/** PLAIN utf8 as parquetjs-lite writes it: each present value's UTF-8 byte length (4 bytes LE), then the bytes. */
function reference(values: readonly (string | null)[]): Buffer {
  const parts: Buffer[] = [];
  for (const v of values) {
    if (v === null) continue;
    const bytes = Buffer.from(v, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    parts.push(length, bytes);
  }
  return Buffer.concat(parts);
}

describe('encodePlainValues', () => {
  it('writes utf8 values as parquetjs-lite does, runs of one value and non-ASCII included (property)', () => {
    const texts = fc.constantFrom('', 'train', 'leads', 'L0000001', 'Zoë', '😀', '\ud83d', 'a'.repeat(300));
    const value = fc.option(texts, { nil: null });
    const runs = fc
      .array(fc.tuple(value, fc.integer({ min: 1, max: 4 })), { maxLength: 30 })
      .map((rs) => rs.flatMap(([v, times]) => Array<string | null>(times).fill(v)));
    fc.assert(
      fc.property(runs, (values) => {
        const present = Uint8Array.from(values, (v) => (v === null ? 0 : 1));
        const strings = values.map((v) => v ?? '');
        const p: PendingColumn = { column: { name: 's', type: 'utf8' }, strings, numbers: null, present };
        const count = values.filter((v) => v !== null).length;
        expect(encodePlainValues(p, values.length, count)).toEqual(reference(values));
      }),
      { numRuns: 300 },
    );
  });
});
