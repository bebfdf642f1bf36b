import fc from 'fast-check';
import { createRng } from '@synth/random';
import { damerauLevenshtein, isPlausibleEmail } from '@synth/features';
import { typoStrategy } from './typo';
import { companyArb, contextFor, firstNameArb, lastNameArb, rngArb } from '../testing-internal/fixtures';
import type { FieldKind } from '../types';

const outcomes = (value: string, kind: FieldKind, n = 3000): Map<string, number> => {
  const seen = new Map<string, number>();
  for (let s = 0; s < n; s++) {
    const out = typoStrategy.apply(value, createRng(s, 'typo'), contextFor(kind));
    seen.set(out, (seen.get(out) ?? 0) + 1);
  }
  return seen;
};
const emailArb = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9]{1,8}([._-][a-z0-9]{1,6}){0,2}$/),
    fc.constantFrom('gmail.com', 'yahoo.com', 'acme.io'),
  )
  .map(([local, domain]) => `${local}@${domain}`);

describe('typoStrategy', () => {
  it.each([
    ['last_name', 'Johnson', 'Jonhson'], // transposition
    ['first_name', 'Michael', 'Micheal'], // transposition
    ['last_name', 'Smith', 'Smitj'], // keyboard neighbour h → j
    ['last_name', 'Thomas', 'Thoms'], // deletion
    ['first_name', 'Anna', 'Annna'], // doubled key
    ['first_name', 'Sarah', 'Sarahh'], // doubled key at the end
    ['last_name', 'WILLIAMS', 'WILLAIMS'], // upper case kept
    ['email', 'sarah.lee@yahoo.com', 'sarah.kee@yahoo.com'], // l → k in the local part
    ['email', 'jdoe77@gmail.com', 'jdoe78@gmail.com'], // digit neighbour
    ['company', 'Acme Motors', 'Acme Mootors'],
  ] as const)('should be able to turn the %s %j into %j', (kind, before, after) => {
    expect(outcomes(before, kind).has(after)).toBe(true);
  });

  it('should rarely touch the first letter', () => {
    let first = 0;
    let total = 0;
    for (const [out, count] of outcomes('Jennifer', 'first_name', 4000)) {
      total += count;
      if (out[0] !== 'J' || out[1] === 'J' || out[1] === 'j') first += count;
    }
    expect(first / total).toBeLessThan(0.1);
  });

  it.each([
    ['first_name', 'A'],
    ['last_name', "O'"],
    ['email', 'a@b.com'],
    ['email', '1+news@b.com'],
  ] as const)('should not apply to the %s %j, too short to misspell', (kind, value) => {
    expect(typoStrategy.isApplicable(value, contextFor(kind))).toBe(false);
  });

  it('should be at Damerau-Levenshtein distance 1 or 2 from a name, as @synth/features measures it', () => {
    fc.assert(
      fc.property(fc.oneof(firstNameArb, lastNameArb, companyArb), rngArb, (name, rng) => {
        const out = typoStrategy.apply(name, rng, contextFor('last_name'));
        const d = damerauLevenshtein(name, out);
        expect(d).toBeGreaterThanOrEqual(1);
        expect(d).toBeLessThanOrEqual(2);
        expect(out.replace(/[^\p{L}]/gu, '').length).toBeGreaterThanOrEqual(2);
        expect(out).not.toMatch(/[0-9]/);
      }),
      { numRuns: 500 },
    );
  });

  it('should change only the local part of an email, keep it plausible, and stay within 2 edits', () => {
    fc.assert(
      fc.property(emailArb, fc.boolean(), rngArb, (email, tagged, rng) => {
        const input = tagged ? email.replace('@', '+news@') : email;
        const ctx = contextFor('email');
        fc.pre(typoStrategy.isApplicable(input, ctx));
        const out = typoStrategy.apply(input, rng, ctx);
        const d = damerauLevenshtein(input, out);
        expect(d).toBeGreaterThanOrEqual(1);
        expect(d).toBeLessThanOrEqual(2);
        expect(isPlausibleEmail(out)).toBe(true);
        expect(out.slice(out.lastIndexOf('@'))).toBe(input.slice(input.lastIndexOf('@')));
        if (tagged) expect(out).toContain('+news@');
      }),
      { numRuns: 500 },
    );
  });
});
