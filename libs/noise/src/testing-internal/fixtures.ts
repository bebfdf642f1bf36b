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

/** A context for one value of `kind` in an otherwise full leads row. */
export function contextFor(kind: FieldKind, row: Record<string, string> = {}, country?: 'US' | 'CA'): NoiseContext {
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

export const FIRST_NAMES = ['Alex', 'Robert', 'Mary Ann', 'Jean-Luc', 'Elizabeth', 'Bob', 'Zoë', 'Li', 'Christopher', 'JAMES', 'kate'];
export const LAST_NAMES = ["O'Neil", 'Smith-Jones', 'McDonald', 'Nguyen', 'García', 'De La Cruz', 'Johnson', 'ONeil', 'van der Berg', 'St. John'];
export const COMPANIES = ['Acme Motors LLC', 'Smith & Sons, Inc.', 'Northwind Auto Group', 'Blue Ridge Corp', 'L.L.C. Holdings', 'Tri-County Ford'];
export const ADDRESSES = [
  '123 Main Street',
  '45 N Oak Ave Apt 7',
  '9 West Elm St., Suite 200',
  '1600 Pennsylvania Avenue NW',
  '77 Sunset Blvd # 12',
  '310 Rue Saint-Paul',
  '8 Lakeshore Dr Unit 3B',
];
export const CITIES = ['Springfield', 'Saint Louis', 'Fort Worth', 'Montréal', 'North Las Vegas', 'New York', 'Toronto', 'St. Paul'];
export const EMAILS = ['jane.doe@gmail.com', 'bob_smith77@yahoo.com', 'm.j.lee@outlook.com', 'k@hotmail.com', 'info+ads@acme.io', 'x.y@googlemail.com'];
export const PHONES = ['(555) 123-4567', '555.123.4567', '+1 555 123 4567', '5551234567', '555-123-4567 x12', '1-416-555-0199'];
export const ZIPS_US = ['60614', '00501', '99950', '10001'];
export const ZIPS_CA = ['K1A 0B1', 'M5V2T6', 'h2x 1y4', 'V6B 4Y8'];

export const firstNameArb = pick(FIRST_NAMES);
export const lastNameArb = pick(LAST_NAMES);
export const companyArb = pick(COMPANIES);
export const addressArb = pick(ADDRESSES);
export const cityArb = pick(CITIES);
export const emailArb = pick(EMAILS);
export const phoneArb = pick(PHONES);
