import fc from 'fast-check';
import { Utf8Builder } from './utf8-builder';

describe(Utf8Builder, () => {
  it('should hold the UTF-8 bytes of the pieces appended, whatever their size (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 40 })),
        fc.integer({ min: 1, max: 64 }),
        (parts, capacity) => {
          const b = new Utf8Builder(capacity);
          for (const part of parts) b.append(part);
          expect(Buffer.from(b.bytes()).equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true);
        },
      ),
    );
  });

  it('should give a buffer of its own, exactly as long as the bytes', () => {
    const b = new Utf8Builder();
    b.append('a,Zoë\n');
    const bytes = b.bytes();
    expect(bytes.byteLength).toBe(7);
    expect(bytes.buffer.byteLength).toBe(7);
  });
});
