import fc from 'fast-check';
import { caseStrategy } from './case';
import { applyWith, contextFor, firstNameArb, rngArb } from '../testing-internal/fixtures';

describe('caseStrategy', () => {
  it.each([
    ['first_name', 'Alex', ['ALEX', 'alex']],
    ['last_name', 'McDonald', ['MCDONALD', 'mcdonald', 'Mcdonald']],
    ['address', '12 MAIN ST', ['12 main st', '12 Main St']],
    ['city', 'new york', ['NEW YORK', 'New York']],
    ['email', 'john.smith@gmail.com', ['JOHN.SMITH@GMAIL.COM', 'John.Smith@gmail.com']],
  ] as const)('should write %s %j as one of %j', (kind, before, allowed) => {
    for (let seed = 0; seed < 20; seed++) expect(allowed).toContain(applyWith(caseStrategy, before, kind, seed));
  });

  it.each([['1234'], ['-'], ['']])('should not apply to %j, which has no letters', (value) => {
    expect(caseStrategy.isApplicable(value, contextFor('first_name'))).toBe(false);
  });

  it('should change the value and keep it equal ignoring case', () => {
    fc.assert(
      fc.property(firstNameArb, rngArb, (name, rng) => {
        const out = caseStrategy.apply(name, rng, contextFor('first_name'));
        expect(out).not.toBe(name);
        expect(out.toLowerCase()).toBe(name.toLowerCase());
      }),
    );
  });
});
