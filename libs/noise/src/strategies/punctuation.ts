import type { Rng } from '@synth/random';
import type { NoiseContext, NoiseStrategy } from '../types';
import { hasPunctuationEdit, punctuationEdits } from '../internal/punctuation-edits';

/**
 * `punctuation`: one punctuation change that a person or a form would make: `O'Neil` → `ONeil` /
 * `O’Neil`, `ONeil` → `O'Neil`, `Smith-Jones` → `Smith Jones`, `Mary Ann` → `Mary-Ann`, `J.R.` → `JR`;
 * addresses `St` ↔ `St.`, `12 Main St Apt 4` ↔ `12 Main St, Apt 4`; companies `Inc` ↔ `Inc.`,
 * `LLC` ↔ `L.L.C.`, `Acme, Inc.` ↔ `Acme Inc.`, `&` ↔ `and`.
 */
export const punctuationStrategy: NoiseStrategy = {
  name: 'punctuation',
  description:
    "Apostrophes, hyphens, dots and commas: O'Neil/ONeil, Smith-Jones/Smith Jones, St/St., Inc/Inc., LLC/L.L.C.",
  defaultRate: 0.25,
  kinds: ['first_name', 'last_name', 'company', 'address'],
  examples: [
    { kind: 'last_name', before: "O'Neil", after: 'ONeil' },
    { kind: 'last_name', before: 'Smith-Jones', after: 'Smith Jones' },
    { kind: 'company', before: 'Acme Motors LLC', after: 'Acme Motors L.L.C.' },
    { kind: 'address', before: '12 N Main St', after: '12 N. Main St' },
  ],
  isApplicable(value: string, context: NoiseContext): boolean {
    return hasPunctuationEdit(value, context.field.kind);
  },
  apply(value: string, rng: Rng, context: NoiseContext): string {
    const edits = punctuationEdits(value, context.field.kind);
    if (edits.length === 0) return value;
    const e = rng.pick(edits);
    return value.slice(0, e.start) + e.text + value.slice(e.end);
  },
};
