import { completePartyOf } from './complete-party';
import { FeaturesError } from './features-error';
import type { NormalizedParty } from './normalize-party';
import { partyKeysOf } from './normalize-party-keys';
import type { PartyKeys } from './normalize-party-keys';
import type { PartyRecord, Source } from './party-record';

type Row = Readonly<Record<string, string>>;

/** `''` for a missing value (`undefined`, `null` or `''`). */
const text = (v: string | null | undefined): string => v ?? '';
/** `null` for a missing value, as {@link toPartyRecord} gives it. */
const value = (v: string): string | null => (v === '' ? null : v);

/**
 * Parties held as columns, one array of strings per {@link PartyRecord} field (`''` for a missing value), with no
 * object per party: for callers that keep many parties until they compare some of them (a block's records until
 * its pairs are built). Party `i` reads as `get(i)`, its keys as `keys(i)` and its normalised form as
 * `complete(i, keys(i))`, each equal to what the object functions give for `get(i)`.
 *
 * @example
 * const parties = new PartyColumns();
 * const i = parties.addRow('sales', { account: 'Acme', address: '1 Main St', email: 'Bob@x.com' });
 * parties.get(i); // toPartyRecord('sales', row): { company: 'Acme', address: '1 Main St', email: 'Bob@x.com', … }
 * parties.keys(i).email?.email; // 'bob@x.com', as normalizePartyKeys(parties.get(i))
 * parties.complete(i, parties.keys(i)); // normalizeParty(parties.get(i))
 */
export class PartyColumns {
  private readonly company: string[] = [];
  private readonly address: string[] = [];
  private readonly firstName: string[] = [];
  private readonly lastName: string[] = [];
  private readonly email: string[] = [];
  private readonly phone: string[] = [];
  private readonly city: string[] = [];
  private readonly state: string[] = [];
  private readonly zip: string[] = [];
  private readonly country: string[] = [];

  /** Number of parties. */
  get length(): number {
    return this.email.length;
  }

  /**
   * Adds the party of a source row, as {@link toPartyRecord} maps it (`company` ← leads.company /
   * sales.account / financial.account, `address` ← leads.address / sales.address / financial.billing_address,
   * the other fields by name). Returns its index.
   */
  addRow(source: Source, row: Row): number {
    // A switch, as in toPartyRecord: no keyed load with a source string that may not be internalised.
    switch (source) {
      case 'leads':
        return this.addFields(row['company'], row['address'], row);
      case 'sales':
        return this.addFields(row['account'], row['address'], row);
      case 'financial':
        return this.addFields(row['account'], row['billing_address'], row);
    }
    throw new FeaturesError(
      `PartyColumns.addRow: unknown source ${JSON.stringify(source)} (allowed: leads, sales, financial)`,
      'source',
      source,
    );
  }

  /** Adds a party; returns its index. `get` gives it back with `null` for every missing value. */
  add(party: PartyRecord): number {
    this.company.push(text(party.company));
    this.address.push(text(party.address));
    this.firstName.push(text(party.first_name));
    this.lastName.push(text(party.last_name));
    this.email.push(text(party.email));
    this.phone.push(text(party.phone));
    this.city.push(text(party.city));
    this.state.push(text(party.state));
    this.zip.push(text(party.zip));
    this.country.push(text(party.country));
    return this.email.length - 1;
  }

  /** Party `i` as an object (every field present, `null` when missing), as {@link toPartyRecord} makes it. */
  get(i: number): PartyRecord {
    this.check(i);
    return {
      company: value(this.company[i]),
      address: value(this.address[i]),
      first_name: value(this.firstName[i]),
      last_name: value(this.lastName[i]),
      email: value(this.email[i]),
      phone: value(this.phone[i]),
      city: value(this.city[i]),
      state: value(this.state[i]),
      zip: value(this.zip[i]),
      country: value(this.country[i]),
    };
  }

  /** `normalizePartyKeys(get(i))`, without the object. */
  keys(i: number): PartyKeys {
    this.check(i);
    const { firstName, lastName, email, phone, zip, address } = this;
    return partyKeysOf(firstName[i], lastName[i], email[i], phone[i], zip[i], address[i]);
  }

  /** `completeParty(get(i), keys)`, without the object: `keys` is party `i`'s ({@link keys}, or equal values). */
  complete(i: number, keys: PartyKeys): NormalizedParty {
    this.check(i);
    return completePartyOf(this.address[i], this.company[i], keys);
  }

  private addFields(company: string | undefined, address: string | undefined, row: Row): number {
    this.company.push(text(company));
    this.address.push(text(address));
    this.firstName.push(text(row['first_name']));
    this.lastName.push(text(row['last_name']));
    this.email.push(text(row['email']));
    this.phone.push(text(row['phone']));
    this.city.push(text(row['city']));
    this.state.push(text(row['state']));
    this.zip.push(text(row['zip']));
    this.country.push(text(row['country']));
    return this.email.length - 1;
  }

  private check(i: number): void {
    if (!(i >= 0 && i < this.email.length && Number.isInteger(i)))
      throw new RangeError(`PartyColumns: no party ${i} (${this.email.length} parties)`);
  }
}
