import fc from 'fast-check';
import { slug } from './contact';

/** The definition `slug` implements with a fast path for ASCII letters. */
const reference = (s: string): string =>
  (/[\u0080-\uffff]/.test(s) ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s)
    .toLowerCase()
    .replace(/[^a-z]/g, '');

describe(slug, () => {
  it('should keep lower-case letters only, accents dropped', () => {
    expect(slug("O'Neil-Smith")).toBe('oneilsmith');
    expect(slug('Côté')).toBe('cote');
    expect(slug('Smith')).toBe('smith');
    expect(slug('')).toBe('');
  });

  it('should agree with its definition on any string', () => {
    const letters = fc.string({ unit: fc.constantFrom(...'AaZz`{@[ -.Éé’'.split('')) });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), letters), (s) => {
        expect(slug(s)).toBe(reference(s));
      }),
    );
  });
});
