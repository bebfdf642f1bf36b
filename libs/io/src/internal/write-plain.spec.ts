import fc from 'fast-check';
import { csvLine } from './csv-line';
import { writePlain } from './write-plain';

describe('writePlain', () => {
  it('copies a plain ASCII value and the end byte, and gives where the next byte goes', () => {
    const buffer = new Uint8Array(8);
    expect(writePlain(buffer, 2, 'Ann', 44)).toBe(6);
    expect(new TextDecoder().decode(buffer.subarray(2, 6))).toBe('Ann,');
    expect(writePlain(buffer, 0, '', 10)).toBe(1);
    expect(buffer[0]).toBe(10);
  });

  it.each(['a,b', 'a"b', 'a\nb', 'a\rb', 'Zoë', '\u0080', '😀'])('refuses %j (quoted or not ASCII)', (value) => {
    expect(writePlain(new Uint8Array(16), 0, value, 44)).toBe(-1);
  });

  it('writes a value exactly when csv-stringify writes it unquoted as its UTF-8 bytes (property)', () => {
    const unit = fc.oneof(fc.constantFrom(',', '"', '\n', '\r', 'é', '\u2028'), fc.integer({ min: 0, max: 0x7f }));
    const value = fc
      .array(unit, { maxLength: 12 })
      .map((us) => us.map((u) => (typeof u === 'number' ? String.fromCharCode(u) : u)).join(''));
    fc.assert(
      fc.property(value, (v) => {
        const buffer = new Uint8Array(v.length + 1);
        const at = writePlain(buffer, 0, v, 10);
        const line = csvLine([v]);
        const asIs = line === `${v}\n` && new TextEncoder().encode(v).length === v.length;
        expect(at).toBe(asIs ? v.length + 1 : -1);
        if (asIs) expect(new TextDecoder().decode(buffer)).toBe(line);
      }),
      { numRuns: 500 },
    );
  });
});
