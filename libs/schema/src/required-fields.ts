import type { FieldKind } from './field-kind';
import type { GeneratorHint } from './generator-hints';
import type { Source } from './source';

/** A column every source file must have (spec.md, "What it produces"), with the kind used when it is missing. */
export interface RequiredField {
  name: string;
  kind: FieldKind;
  /** Generator hint given to the field when it has to be synthesised. */
  hint?: GeneratorHint;
  /** Enum values given to the field when it has to be synthesised. */
  values?: string[];
}

const party = (company: string, address: string): RequiredField[] => [
  { name: 'id', kind: 'id' },
  { name: 'email', kind: 'email' },
  { name: 'phone', kind: 'phone' },
  { name: 'first_name', kind: 'first_name' },
  { name: 'last_name', kind: 'last_name' },
  { name: company, kind: 'company', ...(company === 'account' ? { hint: 'account' as const } : {}) },
  { name: address, kind: 'address' },
  { name: 'city', kind: 'city' },
  { name: 'state', kind: 'state' },
  { name: 'zip', kind: 'zip' },
  { name: 'country', kind: 'country' },
];

/** The required columns of each source, in spec.md's column order. */
export const REQUIRED_FIELDS: Readonly<Record<Source, readonly RequiredField[]>> = {
  leads: [
    ...party('company', 'address'),
    {
      name: 'source',
      kind: 'enum',
      hint: 'lead_source',
      values: ['website', 'phone', 'walk_in', 'third_party', 'referral', 'event'],
    },
    { name: 'created_at', kind: 'datetime', hint: 'lead_created_at' },
  ],
  sales: [
    ...party('account', 'address'),
    { name: 'order_id', kind: 'string', hint: 'order_id' },
    { name: 'order_date', kind: 'date', hint: 'order_date' },
    { name: 'order_value', kind: 'decimal', hint: 'order_value' },
  ],
  financial: [
    ...party('account', 'billing_address'),
    { name: 'invoice_id', kind: 'string', hint: 'invoice_id' },
    { name: 'invoice_date', kind: 'date', hint: 'invoice_date' },
    { name: 'amount', kind: 'decimal', hint: 'invoice_amount' },
  ],
};
