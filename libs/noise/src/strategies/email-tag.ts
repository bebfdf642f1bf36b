import type { Rng } from '@synth/random';
import type { NoiseStrategy } from '../types';

/** Sub-address tags people really use when signing up (`+tag`). */
const TAGS: readonly string[] = [
  'news',
  'shop',
  'promo',
  'cars',
  'auto',
  'dealer',
  'deals',
  'work',
  'home',
  'spam',
  'sales',
  'web',
  'ads',
  'lists',
  'finance',
  'service',
  'newsletter',
  'offers',
  'test',
  '2024',
  '2025',
  'car',
  'quote',
  'signup',
];
/** RFC 5321 limit of a local part, less the longest `+tag`. */
const MAX_UNTAGGED_LOCAL = 64 - 11;

/**
 * `email_tag`: a `+tag` sub-address added to the local part (`jane@gmail.com` → `jane+cars@gmail.com`).
 * Applies to emails with an `@` whose local part has no `+` yet and room for the tag.
 */
export const emailTagStrategy: NoiseStrategy = {
  name: 'email_tag',
  description: 'A +tag sub-address in the local part: jane@gmail.com → jane+cars@gmail.com.',
  defaultRate: 0.05,
  kinds: ['email'],
  examples: [{ kind: 'email', before: 'jane.doe@gmail.com', after: 'jane.doe+cars@gmail.com' }],
  isApplicable(value: string): boolean {
    const at = value.lastIndexOf('@');
    return at > 0 && at <= MAX_UNTAGGED_LOCAL && value.lastIndexOf('+', at) < 0 && value[at - 1] !== '.';
  },
  apply(value: string, rng: Rng): string {
    const at = value.lastIndexOf('@');
    const tag = rng.pick(TAGS);
    return `${value.slice(0, at)}+${tag}${value.slice(at)}`;
  },
};
