import { FeaturesError } from './features-error';
import type { PartyRecord, Source } from './party-record';

type Row = Readonly<Record<string, string>>;

function value(v: string | undefined): string | null {
  return v === undefined || v === '' ? null : v;
}

/** One literal (keys in the documented order): every record gets the same object shape at once. */
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

/** Per source, its party record: the company and address columns read by their names (no lookup of the name). */
const PARTY_OF: Readonly<Record<Source, (row: Row) => PartyRecord>> = {
  leads: (row) => party(row['company'], row['address'], row),
  sales: (row) => party(row['account'], row['address'], row),
  financial: (row) => party(row['account'], row['billing_address'], row),
};

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
  if (!Object.hasOwn(PARTY_OF, source)) {
    throw new FeaturesError(
      `toPartyRecord: unknown source ${JSON.stringify(source)} (allowed: leads, sales, financial)`,
      'source',
      source,
    );
  }
  return PARTY_OF[source](row);
}
