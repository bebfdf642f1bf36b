import { NOT_PLAIN, splitPlainLine } from './plain-line';

const encoder = new TextEncoder();

describe(splitPlainLine, () => {
  it('should bound the fields of a plain line, empty ones too, anywhere in the bytes', () => {
    const out = new Int32Array(6).fill(99);
    expect(splitPlainLine(encoder.encode('x\nL1,,Ann\n'), 2, 3, out, 1)).toBe(true);
    expect([...out]).toEqual([99, 1, 4, 5, 9, 99]);
    expect(splitPlainLine(encoder.encode(',\n'), 0, 2, out, 0)).toBe(true);
    expect([...out.subarray(0, 3)]).toEqual([-1, 0, 1]);
  });

  it('should refuse a line with a quote, a non-ASCII byte, a carriage return, or fields not its width', () => {
    const lines = ['"a",b\n', 'Zoë,b\n', 'a\r,b\n', 'a,b,c\n', 'a\n', 'a,b', ''];
    for (const line of lines) {
      const out = new Int32Array(3);
      expect(splitPlainLine(encoder.encode(line), 0, 2, out, 0)).toBe(false);
      expect(out[0]).toBe(NOT_PLAIN);
    }
  });

  it('should refuse a start that is not a byte of the line (negative, past the end, fractional)', () => {
    const csv = encoder.encode('a,b\nc,d\n');
    for (const start of [-1, -5, 9, 1.5, NaN]) {
      const out = new Int32Array(3);
      expect([start, splitPlainLine(csv, start, 2, out, 0), out[0]]).toEqual([start, false, NOT_PLAIN]);
    }
  });
});
