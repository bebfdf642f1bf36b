import { FeaturesError } from './features-error';
import type { PartyRecord, Source } from './party-record';

const COMPANY: Record<Source, string> = { leads: 'company', sales: 'account', financial: 'account' };
const ADDRESS: Record<Source, string> = { leads: 'address', sales: 'address', financial: 'billing_address' };

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
  // One literal (keys in the documented order): every record gets the same object shape at once.
  return {
    company: value(row[companyColumn]),
    address: value(row[ADDRESS[source]]),
    first_name: value(row['first_name']),
    last_name: value(row['last_name']),
    email: value(row['email']),
    phone: value(row['phone']),
    city: value(row['city']),
    state: value(row['state']),
    zip: value(row['zip']),
    country: value(row['country']),
  };
}
