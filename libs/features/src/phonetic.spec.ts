import fc from 'fast-check';
import { doubleMetaphone } from './double-metaphone';
import { soundex } from './soundex';

describe(soundex, () => {
  // American Soundex as the U.S. National Archives publish it (Robert/Rupert R163, Rubin R150, Ashcraft A261,
  // Tymczak T522, Pfister P236, Honeyman H555): H and W do not separate equal codes, vowels do.
  it.each([
    ['Ashcraft', 'A261'],
    ['Ashcroft', 'A261'],
    ['Tymczak', 'T522'],
    ['Pfister', 'P236'],
    ['Robert', 'R163'],
    ['Rupert', 'R163'],
    ['Rubin', 'R150'],
    ['Honeyman', 'H555'],
    ['Lee', 'L000'],
    ["O'Hara", 'O600'],
    ['', ''],
    ['123', ''],
  ])('should give soundex(%j) = %j', (word, code) => {
    expect(soundex(word)).toBe(code);
  });

  it('should be case-insensitive and always letter + 3 digits', () => {
    fc.assert(
      fc.property(fc.string(), (w) => {
        const code = soundex(w);
        expect(soundex(w.toLowerCase())).toBe(soundex(w.toUpperCase()));
        if (code !== '') expect(code).toMatch(/^[A-Z][0-9]{3}$/);
      }),
    );
  });
});

describe(doubleMetaphone, () => {
  // Smith and Schmidt: the examples of Lawrence Philips' description of Double Metaphone (C/C++ Users Journal, 2000).
  it.each([
    ['Smith', 'SM0', 'XMT'],
    ['Schmidt', 'XMT', 'SMT'],
    ['Thompson', 'TMPS', 'TMPS'],
    ['Jose', 'HS', 'HS'],
    ['Xavier', 'SF', 'SFR'],
    ['Michael', 'MKL', 'MXL'],
    ['Caesar', 'SSR', 'SSR'],
    ['Catherine', 'K0RN', 'KTRN'],
    ['Katherine', 'K0RN', 'KTRN'],
    ['Garcia', 'KRS', 'KRX'],
    ['Knight', 'NT', 'NT'],
    ['Wright', 'RT', 'RT'],
    ['Tagliaro', 'TKLR', 'TLR'],
    ['Cabrillo', 'KPRL', 'KPR'],
    ['Filipowicz', 'FLPT', 'FLPF'],
    ['Jankelowicz', 'JNKL', 'ANKL'],
    ['Zhao', 'J', 'J'],
    ['Breaux', 'PR', 'PR'],
    ['laugh', 'LF', 'LF'],
    ['Edge', 'AJ', 'AJ'],
    ['Arnow', 'ARN', 'ARNF'],
    ['Müller', 'MLR', 'MLR'],
    ['', '', ''],
  ])('should give doubleMetaphone(%j) = [%j, %j]', (word, primary, secondary) => {
    expect(doubleMetaphone(word)).toEqual([primary, secondary]);
  });

  it('should be case-insensitive and give codes of at most 4 characters', () => {
    fc.assert(
      fc.property(fc.string(), (w) => {
        const [p, s] = doubleMetaphone(w);
        expect(p.length).toBeLessThanOrEqual(4);
        expect(s.length).toBeLessThanOrEqual(4);
        expect(doubleMetaphone(w.toLowerCase())).toEqual(doubleMetaphone(w.toUpperCase()));
      }),
    );
  });
});
