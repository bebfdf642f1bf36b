import { FEATURE_VERSION } from './feature-names';
import { pairFeatures } from './pair-features';
import type { PartyRecord } from './party-record';

// Fixed pairs covering every feature. If this snapshot changes, feature values changed for the same
// input: bump FEATURE_VERSION (cached training pairs would no longer match serving) and the changelog.
const people: [PartyRecord, PartyRecord][] = [
  [
    {
      first_name: 'Bob',
      last_name: 'Smith',
      email: 'bob.smith+x@googlemail.com',
      phone: '(555) 123-4567',
      company: 'Acme Inc.',
      address: '12 North Main Street Apt 4',
      zip: '02134',
    },
    {
      first_name: 'Robert',
      last_name: 'Smyth',
      email: 'BobSmith@gmail.com',
      phone: '+1 555 123 4567 x2',
      company: 'ACME',
      address: '12 N Main St #4',
      zip: '02134-0001',
    },
  ],
  [
    {
      first_name: 'Peggy',
      last_name: "O'Neil",
      email: 'peggy@me.com',
      phone: '555.987.6543',
      company: 'Lakeview Auto Group LLC',
      address: '500 Fifth Avenue Suite 200',
      zip: 'K1A 0B1',
    },
    {
      first_name: 'Margaret',
      last_name: 'ONeil',
      email: 'Peggy@iCloud.com',
      phone: '5559876543',
      company: 'Lakeview Auto Grp',
      address: '500 5th Ave Ste 200',
      zip: 'k1a0b1',
    },
  ],
  [
    { first_name: 'Smith', last_name: 'John', email: 'john.smith@yahoo.com', address: '9 Elm Rd', zip: '90210' },
    {
      first_name: 'John',
      last_name: 'Smith',
      email: 'john.smith@outlook.com',
      address: '9 Elm Road Unit 2',
      zip: '90211',
    },
  ],
  [
    {
      first_name: 'Jennifer',
      last_name: 'Thompson',
      email: 'jthompson@example.com',
      phone: '555-000-1111',
      company: 'Smith & Sons',
      address: '77 Sunset Blvd',
    },
    {
      first_name: 'Alexander',
      last_name: 'Garcia',
      email: 'agarcia@example.org',
      phone: '555-000-2222',
      company: 'Northside Motors',
      address: 'PO Box 12',
    },
  ],
  [
    { first_name: 'José', last_name: 'Müller' },
    { first_name: 'Jose', last_name: 'Mueller', email: 'x' },
  ],
];

describe('pairFeatures golden vectors', () => {
  it('should keep the feature values of fixed pairs (else bump FEATURE_VERSION)', () => {
    const vectors = people.map(([a, b]) =>
      Object.fromEntries(
        Object.entries(pairFeatures(a, b)).map(([k, v]) => [k, v === null ? null : Math.round(v * 1e6) / 1e6]),
      ),
    );
    expect({ version: FEATURE_VERSION, vectors }).toMatchSnapshot();
  });
});
