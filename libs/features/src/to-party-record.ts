import { FeaturesError } from './features-error';
import type { PartyRecord, Source } from './party-record';

const COMPANY: Record<Source, string> = { leads: 'company', sales: 'account', financial: 'account' };
const ADDRESS: Record<Source, string> = { leads: 'address', sales: 'address', financial: 'billing_address' };
const SAME = ['first_name', 'last_name', 'email', 'phone', 'city', 'state', 'zip', 'country'] as const;

function value(v: string | undefined): string | null {
  return v === undefined || v === '' ? null : v;
}

/**
 * Maps a source row (`Record<column, string>`, `''` = null) to a {@link PartyRecord}:
 * `company` ← leads.company / sales.account / financial.account, `address` ← leads.address /
 * sales.address / financial.billing_address, the other fields by name; `''` becomes `null`.
 *
 * @example
 * toPartyRecord('financial', { account: 'Acme', billing_address: '1 Main St', email: '' });
 * // { company: 'Acme', address: '1 Main St', email: null, first_name: null, … }
 */
export function toPartyRecord(source: Source, row: Readonly<Record<string, string>>): PartyRecord {
  const companyColumn = COMPANY[source];
  if (companyColumn === undefined) {
    throw new FeaturesError(
      `toPartyRecord: unknown source ${JSON.stringify(source)} (allowed: leads, sales, financial)`,
      'source',
      source,
    );
  }
  const out: PartyRecord = {
    company: value(row[companyColumn]),
    address: value(row[ADDRESS[source]]),
  };
  for (const k of SAME) out[k] = value(row[k]);
  return out;
}
