import fc from 'fast-check';
import { createRng } from '@synth/random';
import { normalizeAddress } from '@synth/features';
import { addressAbbreviationStrategy } from './address-abbreviation';
import { ADDRESSES, contextFor, rngArb } from '../testing-internal/fixtures';
import {
  DIRECTIONAL_ALTERNATIVES,
  ORDINAL_ALTERNATIVES,
  SUFFIX_ALTERNATIVES,
  UNIT_ALTERNATIVES,
} from '../internal/address-words';

const ctx = contextFor('address');
const outcomes = (address: string): Set<string> => {
  const seen = new Set<string>();
  for (let s = 0; s < 400; s++) seen.add(addressAbbreviationStrategy.apply(address, createRng(s, 'a'), ctx));
  return seen;
};

const streetNames = ['Main', 'Oak', 'Park', 'Saint Paul', 'Lake', 'Fifth', 'Martin Luther King'];
const suffixes = [
  'Street',
  'St',
  'Avenue',
  'Ave',
  'Boulevard',
  'Blvd',
  'Road',
  'Rd',
  'Drive',
  'Dr',
  'Ln',
  'Court',
  'Pkwy',
  'Way',
];
const addressArb = fc
  .record({
    number: fc.integer({ min: 1, max: 99999 }),
    pre: fc.constantFrom('', 'N ', 'North ', 'SW ', 'East '),
    name: fc.constantFrom(...streetNames),
    suffix: fc.constantFrom(...suffixes),
    post: fc.constantFrom('', ' NW', ' South'),
    unit: fc.constantFrom('', ' Apt 4', ' Apartment 12B', ' # 7', ' #7', ' Suite 200', ', Ste 5', ' Unit 3', ' Fl 2'),
    upper: fc.boolean(),
  })
  .map(({ number, pre, name, suffix, post, unit, upper }) => {
    const a = `${number} ${pre}${name} ${suffix}${post}${unit}`;
    return upper ? a.toUpperCase() : a;
  });

describe('addressAbbreviationStrategy', () => {
  it.each([
    ['123 Main Street', '123 Main St'],
    ['123 Main St', '123 Main Street'],
    ['45 N Oak Ave Apt 7', '45 North Oak Ave Apt 7'],
    ['45 N Oak Ave Apt 7', '45 N Oak Avenue Apt 7'],
    ['45 N Oak Ave Apt 7', '45 N Oak Ave #7'],
    ['45 N Oak Ave Apt 7', '45 N Oak Ave # 7'],
    ['45 N Oak Ave Apt 7', '45 N Oak Ave Apartment 7'],
    ['9 Elm St Suite 200', '9 Elm St Ste 200'],
    ['9 Elm St. Ste 200', '9 Elm Street Ste 200'],
    ['1600 Pennsylvania Avenue NW', '1600 Pennsylvania Avenue Northwest'],
    ['1600 Pennsylvania Avenue NW', '1600 Pennsylvania Ave NW'],
    ['77 Sunset Blvd #12', '77 Sunset Blvd Apt 12'],
    ['200 Fifth Ave', '200 5th Ave'],
    ['12 MAIN STREET APT 4', '12 MAIN ST APT 4'],
    ['8 Lakeshore Dr Unit 3B', '8 Lakeshore Dr Apt 3B'],
  ])('should be able to turn %j into %j', (before, after) => {
    expect(outcomes(before)).toContain(after);
  });

  it.each([['123 Park Ave'], ['55 Ocean Front Rd']])('should leave the street name of %j alone', (address) => {
    for (const out of outcomes(address)) expect(out.split(' ')[1]).toBe(address.split(' ')[1]);
  });

  it.each([['PO Box 12'], ['Rural Route'], ['']])('should not apply to %j', (address) => {
    expect(addressAbbreviationStrategy.isApplicable(address, ctx)).toBe(false);
  });

  it('should only use pairs that normalizeAddress treats as equal', () => {
    for (const map of [SUFFIX_ALTERNATIVES, DIRECTIONAL_ALTERNATIVES, UNIT_ALTERNATIVES, ORDINAL_ALTERNATIVES]) {
      for (const [word, alternatives] of map) {
        for (const alt of alternatives)
          expect([word, normalizeAddress(`1 X ${alt} 2`)]).toEqual([word, normalizeAddress(`1 X ${word} 2`)]);
      }
    }
  });

  it('should change the address and keep normalizeAddress equal', () => {
    fc.assert(
      fc.property(fc.oneof(addressArb, fc.constantFrom(...ADDRESSES)), rngArb, (address, rng) => {
        fc.pre(addressAbbreviationStrategy.isApplicable(address, ctx));
        const out = addressAbbreviationStrategy.apply(address, rng, ctx);
        expect(out).not.toBe(address);
        expect(normalizeAddress(out)).toBe(normalizeAddress(address));
      }),
    );
  });
});
