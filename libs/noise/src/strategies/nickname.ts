import type { Rng } from '@synth/random';
import { nicknamesOf } from '@synth/features';
import type { NoiseStrategy } from '../types';
import { inCaseOf } from '../internal/text';

/** Names related to the first names seen so far, which come from a finite table: most calls are one lookup. */
const relatedByName = new Map<string, readonly string[]>();
const MAX_REMEMBERED = 10000;

/** `nicknamesOf(value)`, remembered. */
function relatedNames(value: string): readonly string[] {
  let related = relatedByName.get(value);
  if (related === undefined) {
    related = nicknamesOf(value);
    if (relatedByName.size >= MAX_REMEMBERED) relatedByName.clear();
    relatedByName.set(value, related);
  }
  return related;
}

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
    return relatedNames(value).length > 0;
  },
  apply(value: string, rng: Rng): string {
    const related = relatedNames(value);
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
