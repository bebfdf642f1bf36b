import type { NoiseContext, NoiseStrategy } from '../types';

/** Kinds `missing` may blank (identity fields of a party; never ids, country, state, dates or amounts). */
const BLANKABLE = new Set<string>(['email', 'phone', 'first_name', 'last_name', 'company', 'address', 'city', 'zip']);
/** A record must keep at least one of these non-empty. */
const CONTACT = new Set<string>(['email', 'phone', 'first_name', 'last_name']);

const keepsAnotherContact = (context: NoiseContext): boolean => {
  for (const f of context.fields) {
    if (f !== context.field && CONTACT.has(f.kind) && (context.row[f.name] ?? '').trim() !== '') return true;
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
  description: 'The value blanked, where the schema allows nulls; a record always keeps one of email, phone, first or last name.',
  defaultRate: 0.05,
  kinds: ['email', 'phone', 'first_name', 'last_name', 'company', 'address', 'city', 'zip'],
  examples: [{ kind: 'phone', before: '(555) 123-4567', after: '' }],
  isApplicable(value: string, context: NoiseContext): boolean {
    if (value === '' || !context.field.nullable || !BLANKABLE.has(context.field.kind)) return false;
    return !CONTACT.has(context.field.kind) || keepsAnotherContact(context);
  },
  apply(): string {
    return '';
  },
};
