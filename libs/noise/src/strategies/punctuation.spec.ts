import fc from 'fast-check';
import { createRng } from '@synth/random';
import { punctuationStrategy } from './punctuation';
import { companyArb, contextFor, lastNameArb, rngArb } from '../testing-internal/fixtures';
import type { FieldKind } from '../types';

const outcomes = (value: string, kind: FieldKind): Set<string> => {
  const seen = new Set<string>();
  for (let s = 0; s < 200; s++) seen.add(punctuationStrategy.apply(value, createRng(s, 'p'), contextFor(kind)));
  return seen;
};

describe('punctuationStrategy', () => {
  it.each([
    ['last_name', "O'Neil", 'ONeil'],
    ['last_name', "O'Neil", 'O\u2019Neil'],
    ['last_name', 'ONeil', "O'Neil"],
    ['last_name', 'Smith-Jones', 'Smith Jones'],
    ['last_name', 'Smith-Jones', 'SmithJones'],
    ['first_name', 'Mary Ann', 'Mary-Ann'],
    ['first_name', 'J.R.', 'JR.'],
    ['company', 'Acme Motors LLC', 'Acme Motors L.L.C.'],
    ['company', 'Acme Motors L.L.C.', 'Acme Motors LLC'],
    ['company', 'Smith & Sons, Inc.', 'Smith & Sons Inc.'],
    ['company', 'Smith & Sons, Inc.', 'Smith & Sons, Inc'],
    ['company', 'Smith & Sons, Inc.', 'Smith and Sons, Inc.'],
    ['company', 'Blue Ridge Corp', 'Blue Ridge Corp.'],
    ['address', '12 N Main St', '12 N. Main St'],
    ['address', '12 N Main St', '12 N Main St.'],
    ['address', '9 Elm St., Suite 200', '9 Elm St. Suite 200'],
    ['address', '45 Oak Ave Apt 7', '45 Oak Ave, Apt 7'],
  ] as const)('should be able to turn the %s %j into %j', (kind, before, after) => {
    expect(outcomes(before, kind)).toContain(after);
  });

  it.each([
    ['first_name', 'Alex'],
    ['last_name', 'Olsen'],
    ['address', '123 Main Street'],
    ['company', 'Northwind'],
  ] as const)('should not apply to the %s %j', (kind, value) => {
    expect(punctuationStrategy.isApplicable(value, contextFor(kind))).toBe(false);
  });

  it('should change a name only in its punctuation', () => {
    fc.assert(
      fc.property(lastNameArb, rngArb, (name, rng) => {
        const ctx = contextFor('last_name');
        fc.pre(punctuationStrategy.isApplicable(name, ctx));
        const out = punctuationStrategy.apply(name, rng, ctx);
        const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');
        expect(out).not.toBe(name);
        expect(letters(out)).toBe(letters(name));
      }),
    );
  });

  it('should change a company name only in punctuation and &/and', () => {
    fc.assert(
      fc.property(companyArb, rngArb, (company, rng) => {
        const ctx = contextFor('company');
        fc.pre(punctuationStrategy.isApplicable(company, ctx));
        const out = punctuationStrategy.apply(company, rng, ctx);
        const bare = (s: string) =>
          s
            .replace(/&/g, 'and')
            .replace(/[^\p{L}\p{N}]/gu, '')
            .toLowerCase();
        expect(out).not.toBe(company);
        expect(bare(out)).toBe(bare(company));
      }),
    );
  });
});
