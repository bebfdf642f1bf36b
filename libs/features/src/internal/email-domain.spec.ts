import fc from 'fast-check';
import { EMAIL_DOMAIN_ALIASES } from '../tables/email-domain-aliases';
import { canonicalDomain } from './email-domain';

const ALIASES = new Map<string, string>(EMAIL_DOMAIN_ALIASES);

/** The plain way: the text after the `@`, cleaned, then mapped through the alias table. */
function plainDomain(s: string, at: number): string {
  let d = s.slice(at + 1).trim();
  while (d.endsWith('.')) d = d.slice(0, -1).trimEnd();
  d = d.toLowerCase();
  return ALIASES.get(d) ?? d;
}

/** Domains that repeat, collide (same length and end characters) and need cleaning or an alias. */
const domains = fc.constantFrom(
  'gmail.com',
  'GMail.com',
  'gmail.com.',
  ' gmail.com ',
  'googlemail.com',
  'me.com',
  'mE.com',
  'mac.com',
  'max.com',
  'yahoo.com',
  'yahoo.ca',
  'yahoo.cm',
  'yaxoo.com',
  'bücher.de',
  'a',
  'x. .',
  '.',
);

describe(canonicalDomain, () => {
  it('should give the cleaned, de-aliased domain whether or not it was seen before', () => {
    const email = fc.tuple(fc.string({ maxLength: 4 }), fc.oneof(domains, fc.string({ maxLength: 12 })));
    fc.assert(
      fc.property(fc.array(email, { maxLength: 60 }), (emails) => {
        for (const [local, domain] of emails) {
          const s = `${local}@${domain}`;
          const at = s.lastIndexOf('@');
          expect(canonicalDomain(s, at)).toBe(plainDomain(s, at));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('should give the empty string when nothing follows the @', () => {
    expect(canonicalDomain('abc@', 3)).toBe('');
  });
});
