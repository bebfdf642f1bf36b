import fc from 'fast-check';
import { createRng, type Rng } from '@synth/random';
import type { FieldKind, NoiseContext, NoiseField, NoiseStrategy } from '../types';

/** The columns of a leads row, as the pipeline passes them to applyNoise. */
export const LEAD_FIELDS: readonly NoiseField[] = [
  { name: 'id', kind: 'id', nullable: false },
  { name: 'email', kind: 'email', nullable: true },
  { name: 'phone', kind: 'phone', nullable: true },
  { name: 'first_name', kind: 'first_name', nullable: true },
  { name: 'last_name', kind: 'last_name', nullable: true },
  { name: 'company', kind: 'company', nullable: true },
  { name: 'address', kind: 'address', nullable: true },
  { name: 'city', kind: 'city', nullable: true },
  { name: 'state', kind: 'state', nullable: false },
  { name: 'zip', kind: 'zip', nullable: true },
  { name: 'country', kind: 'country', nullable: false },
  { name: 'created_at', kind: 'datetime', nullable: false },
];

/** A full US leads row. */
export const SAMPLE_ROW: Readonly<Record<string, string>> = {
  id: 'L1',
  email: 'ann.lee@gmail.com',
  phone: '(312) 555-0100',
  first_name: 'Ann',
  last_name: 'Lee',
  company: 'Acme Inc',
  address: '12 Main St',
  city: 'Chicago',
  state: 'IL',
  zip: '60614',
  country: 'US',
  created_at: '2024-05-01T10:00:00Z',
};

/** A context for one value of `kind` in an otherwise full leads row. */
export function contextFor(
  kind: FieldKind,
  row: Readonly<Record<string, string>> = SAMPLE_ROW,
  country?: 'US' | 'CA',
): NoiseContext {
  const field = LEAD_FIELDS.find((f) => f.kind === kind) ?? { name: kind, kind, nullable: true };
  return { field, fields: LEAD_FIELDS, row, country };
}

/** Applies `strategy` to `value` with a fresh stream `(seed, 'test')`. */
export function applyWith(strategy: NoiseStrategy, value: string, kind: FieldKind, seed: number | string = 1): string {
  return strategy.apply(value, createRng(seed, 'test'), contextFor(kind));
}

/** fast-check arbitrary for a seeded stream. */
export const rngArb: fc.Arbitrary<Rng> = fc.integer().map((s) => createRng(s, 'prop'));

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

export const FIRST_NAMES = [
  'Alex',
  'Robert',
  'Mary Ann',
  'Jean-Luc',
  'Elizabeth',
  'Bob',
  'Zoë',
  'Li',
  'Christopher',
  'JAMES',
  'kate',
];
export const LAST_NAMES = [
  "O'Neil",
  'Smith-Jones',
  'McDonald',
  'Nguyen',
  'García',
  'De La Cruz',
  'Johnson',
  'ONeil',
  'van der Berg',
  'St. John',
];
export const COMPANIES = [
  'Acme Motors LLC',
  'Smith & Sons, Inc.',
  'Northwind Auto Group',
  'Blue Ridge Corp',
  'L.L.C. Holdings',
  'Tri-County Ford',
];
export const ADDRESSES = [
  '123 Main Street',
  '45 N Oak Ave Apt 7',
  '9 West Elm St., Suite 200',
  '1600 Pennsylvania Avenue NW',
  '77 Sunset Blvd # 12',
  '310 Rue Saint-Paul',
  '8 Lakeshore Dr Unit 3B',
];
export const CITIES = [
  'Springfield',
  'Saint Louis',
  'Fort Worth',
  'Montréal',
  'North Las Vegas',
  'New York',
  'Toronto',
  'St. Paul',
];
export const EMAILS = [
  'jane.doe@gmail.com',
  'bob_smith77@yahoo.com',
  'm.j.lee@outlook.com',
  'k@hotmail.com',
  'info+ads@acme.io',
  'x.y@googlemail.com',
];
export const PHONES = [
  '(555) 123-4567',
  '555.123.4567',
  '+1 555 123 4567',
  '5551234567',
  '555-123-4567 x12',
  '1-416-555-0199',
];
export const ZIPS_US = ['60614', '00501', '99950', '10001'];
export const ZIPS_CA = ['K1A 0B1', 'M5V2T6', 'h2x 1y4', 'V6B 4Y8'];

export const firstNameArb = pick(FIRST_NAMES);
export const lastNameArb = pick(LAST_NAMES);
export const companyArb = pick(COMPANIES);
export const addressArb = pick(ADDRESSES);
export const cityArb = pick(CITIES);
export const emailArb = pick(EMAILS);
export const phoneArb = pick(PHONES);

const US_CITIES = [
  'Springfield',
  'Saint Louis',
  'Fort Worth',
  'North Las Vegas',
  'New York',
  'Chicago',
  'Mount Vernon',
];
const CA_CITIES = ['Toronto', 'Montréal', 'Saint-Jérôme', 'Vancouver', 'Sainte-Foy', 'Fort McMurray'];
const DOMAINS = [
  'gmail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'icloud.com',
  'me.com',
  'acme.io',
  'googlemail.com',
];
const GIVEN = [
  'Robert',
  'Alexander',
  'Margaret',
  'Bob',
  'Elizabeth',
  'Jennifer',
  'Michael',
  'Xzavier',
  'Mary Ann',
  'Li',
];
const FAMILY = ["O'Neil", 'Smith-Jones', 'McDonald', 'Nguyen', 'García', 'Johnson', 'Williams', 'Lee', 'De La Cruz'];

/** A realistic leads row drawn from `rng` (US or CA, some empty fields). */
export function leadRow(rng: Rng, id: number): Record<string, string> {
  const ca = rng.chance(0.3);
  const first = rng.pick(GIVEN);
  const last = rng.pick(FAMILY);
  const local =
    `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + (rng.chance(0.3) ? String(rng.int(1, 99)) : '');
  const zip = ca
    ? `${rng.pick(['K1A', 'M5V', 'H2X', 'V6B'])}${rng.chance(0.7) ? ' ' : ''}` +
      `${rng.int(0, 9)}${rng.pick(CA_POSTAL)}${rng.int(0, 9)}`
    : String(rng.int(1001, 99950)).padStart(5, '0');
  return {
    id: `L${id}`,
    email: rng.chance(0.9) ? `${local}@${rng.pick(DOMAINS)}` : '',
    phone: rng.chance(0.85) ? rng.pick(PHONES).replace('555', String(rng.int(201, 989))) : '',
    first_name: first,
    last_name: last,
    company: rng.chance(0.5) ? rng.pick(COMPANIES) : '',
    address: rng.pick(ADDRESSES),
    city: rng.pick(ca ? CA_CITIES : US_CITIES),
    state: ca ? 'ON' : 'IL',
    zip,
    country: ca ? 'CA' : 'US',
    created_at: '2024-05-01T10:00:00Z',
  };
}
const CA_POSTAL = ['A', 'B', 'C', 'E', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'W', 'X', 'Y', 'Z'];

/** fast-check arbitrary for {@link leadRow}. */
export const leadRowArb: fc.Arbitrary<Record<string, string>> = fc
  .tuple(fc.integer(), fc.nat(1_000_000))
  .map(([seed, id]) => leadRow(createRng(seed, 'row'), id));
