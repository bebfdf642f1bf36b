import type { Rng } from '@synth/random';
import type { NoiseContext, NoiseStrategy } from '../types';
import { countEditable, SECOND_EDIT_SHARE, typoEdit, type TypoAlphabet } from '../internal/typo-edit';

const LETTERS: TypoAlphabet = { digits: false };
const ALNUM: TypoAlphabet = { digits: true };

/**
 * The end of the region a typo may touch, which starts at 0: an email's local part before any `+tag`, otherwise
 * the whole value (a number, not a pair: `isApplicable` runs on every name, company and email noised).
 */
const regionEnd = (value: string, isEmail: boolean): number => {
  if (!isEmail) return value.length;
  const at = value.lastIndexOf('@');
  const plus = value.indexOf('+');
  return plus >= 0 && plus < at ? plus : at;
};

/** A local part that is still plausible: non-empty, no leading/trailing dot, no `..`. */
const plausibleLocal = (s: string, hi: number): boolean =>
  hi > 0 && s[0] !== '.' && s[hi - 1] !== '.' && s.slice(0, hi).indexOf('..') < 0;

/**
 * `typo`: 1–2 Damerau edits (80 % one, 20 % two) — substitute a keyboard-adjacent key, delete,
 * insert an adjacent or doubled key, transpose neighbours — at a position biased away from the
 * first letter (5 % of errors there, as in real typing-error data). Names and company names keep
 * letters only; emails are edited in the local part only (letters and digits) and stay plausible.
 * The result is at Damerau–Levenshtein distance 1 or 2 from the input.
 */
export const typoStrategy: NoiseStrategy = {
  name: 'typo',
  description:
    'One or two Damerau edits with keyboard-adjacent keys, rarely on the first letter; emails: local part only.',
  defaultRate: 0.05,
  kinds: ['first_name', 'last_name', 'email', 'company'],
  examples: [
    { kind: 'last_name', before: 'Johnson', after: 'Jonhson' },
    { kind: 'first_name', before: 'Michael', after: 'Micheal' },
    { kind: 'email', before: 'sarah.lee@yahoo.com', after: 'sarah.kee@yahoo.com' },
  ],
  isApplicable(value: string, context: NoiseContext): boolean {
    const isEmail = context.field.kind === 'email';
    return countEditable(value, 0, regionEnd(value, isEmail), isEmail ? ALNUM : LETTERS) >= 2;
  },
  apply(value: string, rng: Rng, context: NoiseContext): string {
    const isEmail = context.field.kind === 'email';
    const alphabet = isEmail ? ALNUM : LETTERS;
    const lo = 0;
    const end = regionEnd(value, isEmail);
    for (let attempt = 0; attempt < 8; attempt++) {
      let [out, hi] = typoEdit(value, lo, end, alphabet, rng);
      if (rng.chance(SECOND_EDIT_SHARE)) [out, hi] = typoEdit(out, lo, hi, alphabet, rng);
      if (out !== value && (!isEmail || plausibleLocal(out, hi))) return out;
    }
    return value; // eight implausible draws in a row: left unchanged, and not counted as applied
  },
};
