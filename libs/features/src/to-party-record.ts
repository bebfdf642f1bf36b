import { FeaturesError } from './features-error';
import type { PartyRecord, Source } from './party-record';

type Row = Readonly<Record<string, string>>;

function value(v: string | undefined): string | null {
  return v === undefined || v === '' ? null : v;
}

/**
 * One literal (keys in the documented order): every record gets the same object shape at once. The company and
 * address columns are read by their names, per source.
 */
const party = (company: string | undefined, address: string | undefined, row: Row): PartyRecord => ({
  company: value(company),
  address: value(address),
  first_name: value(row['first_name']),
  last_name: value(row['last_name']),
  email: value(row['email']),
  phone: value(row['phone']),
  city: value(row['city']),
  state: value(row['state']),
  zip: value(row['zip']),
  country: value(row['country']),
});

/**
 * Maps a source row (`Record<column, string>`, `''` = null) to a {@link PartyRecord}:
 * `company` ← leads.company / sales.account / financial.account, `address` ← leads.address /
 * sales.address / financial.billing_address, the other fields by name; `''` becomes `null`.
 *
 * @example
 * toPartyRecord('financial', { account: 'Acme', billing_address: '1 Main St', email: '' });
 * // { company: 'Acme', address: '1 Main St', email: null, first_name: null, … }
 */
export function toPartyRecord(source: Source, row: Row): PartyRecord {
  // A switch, not a table keyed by the source: a keyed load with a source string that is not internalised
  // looks the string up in V8's string table on every call.
  switch (source) {
    case 'leads':
      return party(row['company'], row['address'], row);
    case 'sales':
      return party(row['account'], row['address'], row);
    case 'financial':
      return party(row['account'], row['billing_address'], row);
  }
  throw new FeaturesError(
    `toPartyRecord: unknown source ${JSON.stringify(source)} (allowed: leads, sales, financial)`,
    'source',
    source,
  );
}
