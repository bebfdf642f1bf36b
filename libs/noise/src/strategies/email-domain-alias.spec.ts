import fc from 'fast-check';
import { createRng } from '@synth/random';
import { EMAIL_DOMAIN_ALIASES, isPlausibleEmail, normalizeEmail } from '@synth/features';
import { emailDomainAliasStrategy } from './email-domain-alias';
import { contextFor, rngArb } from '../testing-internal/fixtures';

const ctx = contextFor('email');
const domains = [...new Set(EMAIL_DOMAIN_ALIASES.flat())];

describe('emailDomainAliasStrategy', () => {
  it.each([
    ['jane.doe@gmail.com', 'jane.doe@googlemail.com'],
    ['jane.doe@googlemail.com', 'jane.doe@gmail.com'],
    ['sam@me.com', 'sam@icloud.com'],
    ['sam@icloud.com', 'sam@mac.com'],
    ['BOB@GMAIL.COM', 'BOB@GOOGLEMAIL.COM'],
  ])('should be able to turn %j into %j', (before, after) => {
    const seen = new Set<string>();
    for (let s = 0; s < 100; s++) seen.add(emailDomainAliasStrategy.apply(before, createRng(s, 'd'), ctx));
    expect(seen).toContain(after);
  });

  it.each([['jane@hotmail.com'], ['jane@outlook.com'], ['jane@acme.io'], ['no-at-sign']])(
    'should not apply to %j, which has no alias domain',
    (email) => {
      expect(emailDomainAliasStrategy.isApplicable(email, ctx)).toBe(false);
    },
  );

  it('should keep the email plausible, different and equal under normalizeEmail', () => {
    const local = fc.stringMatching(/^[a-z][a-z0-9]{0,8}([._][a-z0-9]{1,6}){0,2}$/);
    fc.assert(
      fc.property(local, fc.constantFrom(...domains), rngArb, (l, domain, rng) => {
        const email = `${l}@${domain}`;
        const out = emailDomainAliasStrategy.apply(email, rng, ctx);
        expect(out).not.toBe(email);
        expect(isPlausibleEmail(out)).toBe(true);
        expect(normalizeEmail(out)).toEqual(normalizeEmail(email));
      }),
    );
  });
});
