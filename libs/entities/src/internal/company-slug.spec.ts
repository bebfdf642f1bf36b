import fc from 'fast-check';
import { companySlug } from './company-slug';
import { slug } from './slug';
import { BUSINESS_WORDS, LEGAL_SUFFIXES } from './tables/email-domains';

/** What `companyDomain` did before {@link companySlug}: the expressions. */
const LEGAL_WORDS = /\b(LLC|LLP|Inc|Co|Corp|Ltd|Ltée|Group|and|Sons)\b\.?/g;
const byExpressions = (company: string) => slug(company.replace(LEGAL_WORDS, '')).slice(0, 24);

const PARTS = [
  ...BUSINESS_WORDS,
  ...LEGAL_SUFFIXES.US,
  ...LEGAL_SUFFIXES.CA,
  ...'Smith O’Neil St-Pierre Côté & and And Sons Son Co Corp Corporation Cola LLC. LLCs Inc, _Co Co_ 3M 21st'.split(
    ' ',
  ),
  ...'Denver Montréal Harris Group. Groups Ltd Ltd.. .Inc Inc.Co a-Co CO co Coach'.split(' '),
];
const companyArb = fc.oneof(
  fc.array(fc.constantFrom(...PARTS), { minLength: 1, maxLength: 6 }).map((ps) => ps.join(' ')),
  fc.array(fc.constantFrom(...PARTS, ' ', '.', ',', '-', '&'), { minLength: 1, maxLength: 8 }).map((ps) => ps.join('')),
  fc.string({ maxLength: 30 }),
);

describe(companySlug, () => {
  it('should be the slug of the name without its legal words, 24 letters at most (property)', () => {
    fc.assert(
      fc.property(companyArb, (company) => {
        expect(companySlug(company)).toBe(byExpressions(company));
      }),
      { numRuns: 5000 },
    );
  });

  it('should leave out legal words only as whole words, with their dot', () => {
    expect(companySlug('Harris & Sons Logistics LLC')).toBe('harrislogistics');
    expect(companySlug('Denver Roofing Co.')).toBe('denverroofing');
    expect(companySlug('Coach Corporation Inc.')).toBe('coachcorporation');
    expect(companySlug('Tremblay Ltée')).toBe('tremblay');
    expect(companySlug('Group')).toBe('');
    expect(companySlug('Abcdefghijklmnopqrstuvwxyz Co')).toBe('abcdefghijklmnopqrstuvwx');
  });
});
