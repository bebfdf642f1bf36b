import fc from 'fast-check';
import { hashToUnit, hashToUnitJoined } from './hash-to-unit';

describe(hashToUnitJoined, () => {
  it('equals hashToUnit of the joined string', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: 'grapheme' }), (prefix, key) => {
        return hashToUnitJoined(prefix, key) === hashToUnit(prefix + key);
      }),
    );
  });

  it('keeps the values of the single-string hash', () => {
    // Pinned from hashToUnit before it was split into its FNV and finaliser steps.
    expect(hashToUnit('42:split:E000123')).toBe(0.22133078798651695);
    expect(hashToUnitJoined('42:split:', 'E000123')).toBe(0.22133078798651695);
    expect(hashToUnitJoined('', '')).toBe(0.6689221884589642);
  });
});
