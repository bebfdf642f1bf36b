import type { Rng } from '@synth/random';
import type { NoiseContext, NoiseStrategy } from '../types';
import { hasCasedLetter, toTitle } from '../internal/text';

const variant = (value: string, which: number, isEmail: boolean): string => {
  if (which === 0) return value.toUpperCase();
  if (which === 1) return value.toLowerCase();
  if (!isEmail) return toTitle(value);
  const at = value.lastIndexOf('@');
  return toTitle(value.slice(0, at)) + value.slice(at).toLowerCase();
};

/**
 * `case`: the whole value in UPPER, lower or Title case (for emails: upper, lower, or a
 * capitalised local part such as `John.Smith@gmail.com`), always different from the input.
 */
export const caseStrategy: NoiseStrategy = {
  name: 'case',
  description: 'UPPER, lower or Title case of the whole value (emails: capitalised local part too).',
  defaultRate: 0.08,
  kinds: ['first_name', 'last_name', 'email', 'company', 'address', 'city'],
  examples: [
    { kind: 'first_name', before: 'Alex', after: 'ALEX' },
    { kind: 'last_name', before: 'McDonald', after: 'mcdonald' },
    { kind: 'address', before: '12 MAIN ST', after: '12 Main St' },
    { kind: 'email', before: 'john.smith@gmail.com', after: 'John.Smith@gmail.com' },
  ],
  isApplicable(value: string): boolean {
    return hasCasedLetter(value);
  },
  apply(value: string, rng: Rng, context: NoiseContext): string {
    const isEmail = context.field.kind === 'email' && value.lastIndexOf('@') > 0;
    const first = rng.int(0, 2);
    for (let k = 0; k < 3; k++) {
      const out = variant(value, (first + k) % 3, isEmail);
      if (out !== value) return out;
    }
    return value;
  },
};
