import fc from 'fast-check';
import { emailTagStrategy } from './email-tag';
import { applyWith, contextFor, emailArb, rngArb } from '../testing-internal/fixtures';

const ctx = contextFor('email');

describe('emailTagStrategy', () => {
  it.each([['jane.doe@gmail.com'], ['bob@acme.io']])('should add a +tag to %j', (email) => {
    const out = applyWith(emailTagStrategy, email, 'email');
    const [local, domain] = email.split('@');
    expect(out).toMatch(new RegExp(`^${local.replace('.', '\\.')}\\+[a-z0-9]+@${domain}$`));
  });

  it.each([['info+ads@acme.io'], ['no-at-sign'], ['@acme.io'], [`${'a'.repeat(60)}@x.com`]])(
    'should not apply to %j',
    (email) => {
      expect(emailTagStrategy.isApplicable(email, ctx)).toBe(false);
    },
  );

  it('should keep the address once the tag is removed', () => {
    fc.assert(
      fc.property(emailArb, rngArb, (email, rng) => {
        fc.pre(emailTagStrategy.isApplicable(email, ctx));
        const out = emailTagStrategy.apply(email, rng, ctx);
        expect(out).not.toBe(email);
        expect(out.replace(/\+[^@]*@/, '@')).toBe(email);
      }),
    );
  });
});
