import fc from 'fast-check';
import { createRng } from '@synth/random';
import { phoneFormatStrategy } from './phone-format';
import { contextFor, phoneArb, rngArb } from '../testing-internal/fixtures';
import { normalizePhone } from '@synth/features';

const ctx = contextFor('phone');

describe('phoneFormatStrategy', () => {
  it.each([
    ['(555) 123-4567', '555.123.4567'],
    ['(555) 123-4567', '+1 555 123 4567'],
    ['(555) 123-4567', '5551234567'],
    ['555.123.4567', '(555) 123-4567'],
    ['5551234567', '1-555-123-4567'],
    ['555-123-4567 x12', '(555) 123-4567 ext. 12'],
    ['555-123-4567 ext. 12', '555.123.4567 x12'],
  ])('should be able to write %j as %j', (before, after) => {
    const seen = new Set<string>();
    for (let s = 0; s < 300; s++) seen.add(phoneFormatStrategy.apply(before, createRng(s, 'ph'), ctx));
    expect(seen).toContain(after);
  });

  it('should add an extension to about one reformatted phone in ten', () => {
    let withExtension = 0;
    for (let s = 0; s < 2000; s++) {
      if (normalizePhone(phoneFormatStrategy.apply('5551234567', createRng(s, 'ext'), ctx))?.extension) withExtension++;
    }
    expect(withExtension / 2000).toBeGreaterThan(0.07);
    expect(withExtension / 2000).toBeLessThan(0.13);
  });

  it.each([['555-1234'], ['+44 20 7946 0958'], ['call me'], ['']])('should not apply to %j', (value) => {
    expect(phoneFormatStrategy.isApplicable(value, ctx)).toBe(false);
  });

  it('should keep the national number and any extension, and change the text', () => {
    fc.assert(
      fc.property(phoneArb, rngArb, (phone, rng) => {
        const out = phoneFormatStrategy.apply(phone, rng, ctx);
        const before = normalizePhone(phone);
        const after = normalizePhone(out);
        expect(out).not.toBe(phone);
        expect(after?.national).toBe(before?.national);
        if (before?.extension) expect(after?.extension).toBe(before.extension);
      }),
    );
  });
});
