import { addressTokens, type AddressToken as Token } from './address-tokens';
import {
  DIRECTIONAL_ALTERNATIVES,
  ORDINAL_ALTERNATIVES,
  SUFFIX_ALTERNATIVES,
  UNIT_ALTERNATIVES,
} from './address-words';

/** A word of an address that can be written another way: `[start, end)` of the bare word. */
export interface AddressSite {
  readonly start: number;
  readonly end: number;
  readonly alternatives: readonly string[];
}

const isUnit = (t: Token): boolean => UNIT_ALTERNATIVES.has(t.lower) || t.lower.startsWith('#');

const unitSite = (t: Token): AddressSite => {
  if (t.lower.length > 1 && t.lower.startsWith('#')) {
    // "#12": the designator is the "#" alone
    return { start: t.start, end: t.start + 1, alternatives: ['Apt ', 'Unit ', 'Ste '] };
  }
  return { start: t.start, end: t.end, alternatives: UNIT_ALTERNATIVES.get(t.lower) ?? [] };
};

let lastAddress = '';
let lastSites: readonly AddressSite[] = [];

/**
 * The words of a street address that `address_abbreviation` may rewrite: the street type
 * (last suffix word of the street part, before any post-directional), a pre- or post-directional,
 * an ordinal street name, and the unit designator. Other words ("Park" in "Park Ave") are left alone.
 * The last answer is remembered, so `isApplicable` followed by `apply` scans the address once.
 */
export function addressSites(address: string): readonly AddressSite[] {
  if (address === lastAddress) return lastSites;
  lastSites = findSites(address);
  lastAddress = address;
  return lastSites;
}

/**
 * True when {@link addressSites} of `address` is non-empty: the same walk over the tokens, stopped at the first
 * site, without making the sites (what `isApplicable` asks of every address; the sites are made only to apply).
 */
export function hasAddressSite(address: string): boolean {
  if (address === lastAddress) return lastSites.length > 0;
  const tokens = addressTokens(address);
  for (let i = 2; i < tokens.length; i++) if (isUnit(tokens[i])) return true;
  const last = tokens.length - 1;
  if (last >= 3 && DIRECTIONAL_ALTERNATIVES.has(tokens[last].lower)) return true;
  if (last >= 2 && SUFFIX_ALTERNATIVES.has(tokens[last].lower)) return true;
  if (tokens.length > 2 && DIRECTIONAL_ALTERNATIVES.has(tokens[1].lower)) return true;
  for (let i = 1; i < last; i++) if (ORDINAL_ALTERNATIVES.has(tokens[i].lower)) return true;
  return false;
}

const findSites = (address: string): AddressSite[] => {
  const tokens = addressTokens(address);
  const sites: AddressSite[] = [];
  let streetEnd = tokens.length;
  for (let i = 2; i < tokens.length; i++) {
    if (isUnit(tokens[i])) {
      streetEnd = i;
      sites.push(unitSite(tokens[i]));
      break;
    }
  }
  const site = (t: Token, alternatives: readonly string[] | undefined): void => {
    if (alternatives !== undefined) sites.push({ start: t.start, end: t.end, alternatives });
  };
  let last = streetEnd - 1;
  if (last >= 3 && DIRECTIONAL_ALTERNATIVES.has(tokens[last].lower)) {
    site(tokens[last], DIRECTIONAL_ALTERNATIVES.get(tokens[last].lower));
    last--;
  }
  if (last >= 2) site(tokens[last], SUFFIX_ALTERNATIVES.get(tokens[last].lower));
  if (streetEnd > 2) site(tokens[1], DIRECTIONAL_ALTERNATIVES.get(tokens[1].lower));
  for (let i = 1; i < last; i++) site(tokens[i], ORDINAL_ALTERNATIVES.get(tokens[i].lower));
  return sites;
};
