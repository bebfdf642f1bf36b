import fc from 'fast-check';
import { whitespaceStrategy } from './whitespace';
import { addressArb, applyWith, contextFor, rngArb } from '../testing-internal/fixtures';

describe('whitespaceStrategy', () => {
  it.each([
    ['zip', 'K1A 0B1', 'K1A0B1'],
    ['zip', 'M5V2T6', 'M5V 2T6'],
  ] as const)('should rewrite the %s %j as %j', (kind, before, after) => {
    expect(applyWith(whitespaceStrategy, before, kind)).toBe(after);
  });

  it.each([['60614'], ['1234'], ['K1A-0B1']])('should leave the zip %j alone', (zip) => {
    expect(whitespaceStrategy.isApplicable(zip, contextFor('zip'))).toBe(false);
  });

  it('should only add spaces, so collapsing whitespace gives the input back', () => {
    fc.assert(
      fc.property(addressArb, rngArb, (address, rng) => {
        const out = whitespaceStrategy.apply(address, rng, contextFor('address'));
        expect(out).not.toBe(address);
        expect(out.length).toBe(address.length + 1);
        expect(out.trim().replace(/\s+/g, ' ')).toBe(address);
      }),
    );
  });
});
