import type { Source } from './vocabulary';

export type { Source };

/**
 * The fields the three sources have in common, as plain (pre-hash) strings. `null`, `undefined`
 * and `''` all mean "missing". `company` is leads.company / sales.account / financial.account;
 * `address` is leads.address / sales.address / financial.billing_address (see {@link toPartyRecord}).
 */
export interface PartyRecord {
  first_name?: string | null;
  last_name?: string | null;
  email?: string | null;
  phone?: string | null;
  company?: string | null;
  address?: string | null;
  city?: string | null;
  state?: string | null;
  zip?: string | null;
  country?: string | null;
}
