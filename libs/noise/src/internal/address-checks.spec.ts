import fc from 'fast-check';
import { ADDRESSES } from '../testing-internal/fixtures';
import { addressSites, hasAddressSite } from './address-sites';
import { hasPunctuationEdit, punctuationEdits } from './punctuation-edits';

/** Words of US and Canadian street addresses, in any case, with or without a trailing dot or comma. */
const WORDS = [
  ...'12 9 310 1600 N North S E West NE Main Oak Elm First 5th Fifth 21st Twelfth Saint-Paul Rue'.split(' '),
  ...'Street St Avenue Ave Av Blvd Dr Rd Ln Ct Pl Way Pkwy Hwy Ter Trl Cres Xing Sq'.split(' '),
  ...'Apt Apartment Unit Suite Ste # #12 Room Rm Bldg Building Fl Floor Dept Office 3B 200 7'.split(' '),
  ...["O'Brien", 'D’Arcy', 'Côté-Tremblay', 'Mid-Town', '-', '&', 'L.L.C.'],
];
const wordArb = fc
  .tuple(fc.constantFrom(...WORDS), fc.constantFrom('', '.', ','), fc.constantFrom('lower', 'upper', 'as is'))
  .map(([w, end, style]) => (style === 'lower' ? w.toLowerCase() : style === 'upper' ? w.toUpperCase() : w) + end);
const addressArb = fc.oneof(
  fc.constantFrom(...ADDRESSES),
  fc.array(wordArb, { minLength: 0, maxLength: 7 }).map((ws) => ws.join(' ')),
  fc.array(wordArb, { minLength: 1, maxLength: 6 }).map((ws) => ws.join('  ')),
);

describe(hasAddressSite, () => {
  it('should say whether addressSites finds a site (property)', () => {
    fc.assert(
      fc.property(addressArb, fc.boolean(), (address, sitesFirst) => {
        // Either order: the answer never depends on what the last call remembered.
        const sites = sitesFirst ? addressSites(address) : undefined;
        const has = hasAddressSite(address);
        expect(has).toBe((sites ?? addressSites(address)).length > 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('should find the sites of the fixtures and none in a bare number and street', () => {
    expect(ADDRESSES.map(hasAddressSite)).toEqual(ADDRESSES.map((a) => addressSites(a).length > 0));
    expect(hasAddressSite('123 Main Street')).toBe(true);
    expect(hasAddressSite('12 Main')).toBe(false);
    expect(hasAddressSite('')).toBe(false);
  });
});

describe(hasPunctuationEdit, () => {
  it('should say whether an address has a punctuation edit (property)', () => {
    fc.assert(
      fc.property(addressArb, (address) => {
        expect(hasPunctuationEdit(address, 'address')).toBe(punctuationEdits(address, 'address').length > 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('should see apostrophes, hyphens between letters, dottable words and unit words in addresses', () => {
    expect(hasPunctuationEdit("12 O'Brien Road", 'address')).toBe(true);
    expect(hasPunctuationEdit('310 Rue Saint-Paul', 'address')).toBe(true);
    expect(hasPunctuationEdit('12 Main St', 'address')).toBe(true);
    expect(hasPunctuationEdit('12 Main Road Suite 4', 'address')).toBe(true);
    expect(hasPunctuationEdit('12 Main Road', 'address')).toBe(false);
    expect(hasPunctuationEdit('12 - Road', 'address')).toBe(false);
  });
});
