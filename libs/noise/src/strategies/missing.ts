import type { NoiseContext, NoiseStrategy } from '../types';

/** Kinds `missing` may blank (identity fields of a party; never ids, country, state, dates or amounts). */
const BLANKABLE = new Set<string>(['email', 'phone', 'first_name', 'last_name', 'company', 'address', 'city', 'zip']);

const isContact = (kind: string): boolean =>
  kind === 'email' || kind === 'phone' || kind === 'first_name' || kind === 'last_name';

const keepsAnotherContact = (context: NoiseContext): boolean => {
  const fields = context.fields;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (f === context.field || !isContact(f.kind)) continue;
    const v = context.row[f.name];
    if (v !== undefined && v !== '' && v.trim() !== '') return true;
  }
  return false;
};

/**
 * `missing`: the value blanked (`''`), only where the field is nullable, only on party fields
 * (email, phone, names, company, address, city, zip), and never the last non-empty one of
 * email, phone, first name and last name.
 */
export const missingStrategy: NoiseStrategy = {
  name: 'missing',
  description:
    'The value blanked, where the schema allows nulls; a record always keeps one of email, phone, first or last name.',
  defaultRate: 0.05,
  kinds: ['email', 'phone', 'first_name', 'last_name', 'company', 'address', 'city', 'zip'],
  examples: [{ kind: 'phone', before: '(555) 123-4567', after: '' }],
  isApplicable(value: string, context: NoiseContext): boolean {
    if (value === '' || !context.field.nullable || !BLANKABLE.has(context.field.kind)) return false;
    return !isContact(context.field.kind) || keepsAnotherContact(context);
  },
  apply(): string {
    return '';
  },
};
