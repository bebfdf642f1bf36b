import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { hashPii } from './pii';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('hashPii', () => {
  it('should replace each non-empty PII value by hex sha256(salt + value), the rest as it was (property)', () => {
    const row = fc.record({
      id: fc.string(),
      email: fc.string({ unit: 'binary' }),
      phone: fc.string({ unit: 'grapheme' }),
    });
    fc.assert(
      fc.property(row, fc.string({ minLength: 1 }), (r, salt) => {
        const out = hashPii(r, ['email', 'phone'], salt);
        expect(out).toEqual({
          id: r.id,
          email: r.email === '' ? '' : sha256(salt + r.email),
          phone: r.phone === '' ? '' : sha256(salt + r.phone),
        });
      }),
    );
  });

  it('should leave its input as it was', () => {
    const row = { id: 'L1', email: 'ann@gmail.com' };
    const out = hashPii(row, ['email'], 'salt');
    expect(row).toEqual({ id: 'L1', email: 'ann@gmail.com' });
    expect(out.email).toBe(sha256('saltann@gmail.com'));
  });
});
