import type { Source } from '@synth/features';
import { SOURCES } from '@synth/features';

/** Source columns renamed so that the same thing has the same name in every source. */
export const SHARED_RENAMES: Readonly<Record<string, string>> = Object.freeze({
  account: 'company',
  billing_address: 'address',
});

/** A column's name in the export (`account` → `company`, `billing_address` → `address`, others as they are). */
export function exportName(column: string): string {
  return SHARED_RENAMES[column] ?? column;
}

/**
 * The columns every source has once renamed, in the first source's order, without `id` (which becomes
 * `unique_id`): with the shipped schema `email, phone, first_name, last_name, company, address, city,
 * state, zip, country`.
 *
 * @example
 * sharedColumns({
 *   leads: ['id', 'email', 'company'],
 *   sales: ['id', 'email', 'account'],
 *   financial: ['id', 'account', 'email'],
 * });
 * // ['email', 'company']
 */
export function sharedColumns(headers: Record<Source, readonly string[]>): string[] {
  const [first, ...rest] = SOURCES.map((s) => headers[s].map(exportName));
  return first.filter((c) => c !== 'id' && rest.every((h) => h.includes(c)));
}
