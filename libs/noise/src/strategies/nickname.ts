import type { Rng } from '@synth/random';
import { nicknamesOf } from '@synth/features';
import type { NoiseStrategy } from '../types';
import { inCaseOf } from '../internal/text';

/**
 * `nickname`: a first name replaced by a related name from the nickname table of `@synth/features`,
 * both directions (`Alexander` → `Alex`, `Bob` → `Robert`), in the input's case style.
 * Applies to first names the table knows.
 */
export const nicknameStrategy: NoiseStrategy = {
  name: 'nickname',
  description: 'A related name from the nickname table, both directions: Alexander ↔ Alex, Robert ↔ Bob.',
  defaultRate: 0.15,
  kinds: ['first_name'],
  examples: [
    { kind: 'first_name', before: 'Robert', after: 'Bob' },
    { kind: 'first_name', before: 'Alex', after: 'Alexander' },
    { kind: 'first_name', before: 'MARGARET', after: 'PEGGY' },
  ],
  isApplicable(value: string): boolean {
    return nicknamesOf(value).length > 0;
  },
  apply(value: string, rng: Rng): string {
    const related = nicknamesOf(value);
    if (related.length === 0) return value;
    const trimmed = value.trim();
    const first = rng.int(0, related.length - 1);
    for (let k = 0; k < related.length; k++) {
      const out = inCaseOf(related[(first + k) % related.length], trimmed);
      if (out.toLowerCase() !== trimmed.toLowerCase()) return out;
    }
    return value;
  },
};
