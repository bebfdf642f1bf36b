import type { Rng } from '@synth/random';
import type { NoiseStrategy } from '../types';
import { addressSites, hasAddressSite } from '../internal/address-sites';
import { caseStyleOf } from '../internal/text';

/** Share of applications that rewrite a second word too. */
const SECOND_SITE = 0.25;

/**
 * Writes one of `alternatives` over `value[start, end)`: table spelling (St, NW, Apt), or all upper/lower like the
 * address.
 */
const rewrite = (value: string, start: number, end: number, alternatives: readonly string[], rng: Rng): string => {
  let alt = rng.pick(alternatives);
  if (alt === '#' && rng.chance(0.5) && value[end] === ' ') {
    end++; // "#12" as often as "# 12"
  }
  const style = caseStyleOf(value);
  if (style !== 'title') alt = style === 'upper' ? alt.toUpperCase() : alt.toLowerCase();
  const dot = value[end] === '.' ? 1 : 0; // "St." rewritten: "Street", not "Street."
  return value.slice(0, start) + alt + value.slice(end + dot);
};

/** The pairs named in the description. */
const DESCRIBED_PAIRS = 'Street ↔ St, North ↔ N, Apartment ↔ Apt ↔ #, Suite ↔ Ste, Fifth ↔ 5th';

/**
 * `address_abbreviation`: USPS-style differences, both ways, on one word (a quarter of the time two):
 * street type `Street ↔ St`, `Avenue ↔ Ave`; directionals `North ↔ N`; unit designators
 * `Apartment ↔ Apt ↔ # ↔ Unit`, `Suite ↔ Ste ↔ #`; ordinals `Fifth ↔ 5th`.
 * `normalizeAddress` of the result equals `normalizeAddress` of the input.
 */
export const addressAbbreviationStrategy: NoiseStrategy = {
  name: 'address_abbreviation',
  description: `USPS abbreviations both ways: ${DESCRIBED_PAIRS}.`,
  defaultRate: 0.3,
  kinds: ['address'],
  examples: [
    { kind: 'address', before: '123 Main Street', after: '123 Main St' },
    { kind: 'address', before: '45 N Oak Ave Apt 7', after: '45 North Oak Ave # 7' },
    { kind: 'address', before: '9 Elm St Suite 200', after: '9 Elm St Ste 200' },
  ],
  isApplicable(value: string): boolean {
    return hasAddressSite(value);
  },
  apply(value: string, rng: Rng): string {
    const sites = addressSites(value);
    if (sites.length === 0) return value;
    const i = rng.int(0, sites.length - 1);
    const twice = sites.length > 1 && rng.chance(SECOND_SITE);
    let j = twice ? rng.int(0, sites.length - 2) : -1;
    if (j >= i) j++;
    // rewrite the later site first so the earlier offsets stay valid
    const a = sites[i];
    const b = j >= 0 ? sites[j] : undefined;
    const [first, second] = b !== undefined && b.start > a.start ? [b, a] : [a, b];
    let out = rewrite(value, first.start, first.end, first.alternatives, rng);
    if (second !== undefined) out = rewrite(out, second.start, second.end, second.alternatives, rng);
    return out;
  },
};
