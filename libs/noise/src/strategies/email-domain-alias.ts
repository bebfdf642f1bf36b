import type { Rng } from '@synth/random';
import { EMAIL_DOMAIN_ALIASES } from '@synth/features';
import type { NoiseStrategy } from '../types';

/** Lower-case domain → the other domains of the same mailbox provider, built once at load. */
const ALTERNATIVES: ReadonlyMap<string, readonly string[]> = (() => {
  const groups = new Map<string, string[]>();
  for (const [alias, canonical] of EMAIL_DOMAIN_ALIASES) {
    const g = groups.get(canonical) ?? [canonical];
    if (!g.includes(alias)) g.push(alias);
    groups.set(canonical, g);
  }
  const out = new Map<string, readonly string[]>();
  for (const g of groups.values()) for (const d of g) out.set(d, Object.freeze(g.filter((x) => x !== d)));
  return out;
})();

const domainOf = (value: string): string => value.slice(value.lastIndexOf('@') + 1);

/**
 * `email_domain_alias`: the domain swapped for another name of the same mailbox, from
 * `EMAIL_DOMAIN_ALIASES` of `@synth/features`, both directions (`gmail.com` ↔ `googlemail.com`,
 * `icloud.com` ↔ `me.com` ↔ `mac.com`, `proton.me` ↔ `protonmail.com` …). The local part is kept.
 */
export const emailDomainAliasStrategy: NoiseStrategy = {
  name: 'email_domain_alias',
  description:
    'The domain swapped for a real alias of the same mailbox: gmail.com ↔ googlemail.com, icloud.com ↔ me.com.',
  defaultRate: 0.2,
  kinds: ['email'],
  examples: [
    { kind: 'email', before: 'jane.doe@gmail.com', after: 'jane.doe@googlemail.com' },
    { kind: 'email', before: 'sam@me.com', after: 'sam@icloud.com' },
  ],
  isApplicable(value: string): boolean {
    const at = value.lastIndexOf('@');
    if (at <= 0) return false;
    const domain = value.slice(at + 1);
    return ALTERNATIVES.has(domain) || ALTERNATIVES.has(domain.toLowerCase());
  },
  apply(value: string, rng: Rng): string {
    const domain = domainOf(value);
    const alternatives = ALTERNATIVES.get(domain.toLowerCase());
    if (alternatives === undefined || alternatives.length === 0) return value;
    const alt = rng.pick(alternatives);
    const upper = domain === domain.toUpperCase();
    return value.slice(0, value.length - domain.length) + (upper ? alt.toUpperCase() : alt);
  },
};
