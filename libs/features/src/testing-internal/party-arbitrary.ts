import fc from 'fast-check';
import type { PartyRecord } from '../party-record';

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> =>
  fc.oneof({ weight: 4, arbitrary: arb }, fc.constant(null), fc.constant(undefined), fc.constant('' as T));

const firstNames = [
  'Bob',
  'Robert',
  'ROB',
  'Alex',
  'Alexander',
  'Peggy',
  'Margaret',
  'José',
  'Jon',
  'John',
  'Mary-Jane',
];
const lastNames = ['Smith', 'Smyth', 'Schmidt', "O'Neil", 'ONeil', 'Nguyen', 'García', 'Garcia', 'Lee', 'Ng'];
const emails = ['bob.smith@gmail.com', 'BobSmith+x@googlemail.com', 'bob@example.com', 'a@b.co', 'not-an-email', 'x@'];
const phones = ['(555) 123-4567', '555.123.4567', '+1 555 123 4567 x12', '555-999-0000', '123', 'call me'];
const addresses = ['12 North Main Street Apt 4', '12 N Main St #4', 'PO Box 7', '500 Fifth Avenue', '  ', '#'];
const zips = ['02134', '02134-0001', 'K1A 0B1', 'k1a0b1', '90210', 'x'];
const companies = ['Acme Inc.', 'ACME', 'The Acme Co', 'Smith & Sons LLC', 'Inc', '&'];

/** A text that is either a realistic value or arbitrary (full Unicode) text. */
const text = (pool: string[]): fc.Arbitrary<string> =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pool) }, fc.string(), fc.string({ unit: 'grapheme' }));

/** Party records with missing values, realistic variants and arbitrary text. */
export const partyArbitrary: fc.Arbitrary<PartyRecord> = fc.record({
  first_name: maybe(text(firstNames)),
  last_name: maybe(text(lastNames)),
  email: maybe(text(emails)),
  phone: maybe(text(phones)),
  company: maybe(text(companies)),
  address: maybe(text(addresses)),
  city: maybe(fc.string()),
  state: maybe(fc.string()),
  zip: maybe(text(zips)),
  country: maybe(fc.constantFrom('US', 'CA')),
});
