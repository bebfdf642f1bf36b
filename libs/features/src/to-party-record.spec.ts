import { FeaturesError } from './features-error';
import type { Source } from './party-record';
import { toPartyRecord } from './to-party-record';

const common = {
  first_name: 'Ann',
  last_name: 'Lee',
  email: 'ann@x.com',
  phone: '',
  city: 'Boston',
  state: 'MA',
  zip: '02134',
  country: 'US',
};

describe(toPartyRecord, () => {
  it.each([
    ['leads', { ...common, company: 'Acme', address: '1 Main St', source: 'web' }],
    ['sales', { ...common, account: 'Acme', address: '1 Main St', order_id: 'O1' }],
    ['financial', { ...common, account: 'Acme', billing_address: '1 Main St', invoice_id: 'I1' }],
  ] as [Source, Record<string, string>][])('should map a %s row', (source, row) => {
    expect(toPartyRecord(source, row)).toEqual({
      first_name: 'Ann',
      last_name: 'Lee',
      email: 'ann@x.com',
      phone: null,
      company: 'Acme',
      address: '1 Main St',
      city: 'Boston',
      state: 'MA',
      zip: '02134',
      country: 'US',
    });
  });

  it('should map absent columns to null', () => {
    expect(toPartyRecord('leads', {}).email).toBeNull();
  });

  it('should reject a name of an Object.prototype member as a source', () => {
    expect(() => toPartyRecord('toString' as Source, {})).toThrow(FeaturesError);
  });

  it('should reject an unknown source', () => {
    expect(() => toPartyRecord('crm' as Source, {})).toThrow(
      new FeaturesError('toPartyRecord: unknown source "crm" (allowed: leads, sales, financial)', 'source', 'crm'),
    );
  });
});
