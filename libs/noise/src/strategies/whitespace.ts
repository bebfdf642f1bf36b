import type { Rng } from '@synth/random';
import type { NoiseContext, NoiseStrategy } from '../types';
import { postalShape } from '../internal/postal';

/** Index of a random inner space (not first or last character), or -1. */
const innerSpace = (value: string, rng: Rng): number => {
  let count = 0;
  for (let i = 1; i < value.length - 1; i++) if (value[i] === ' ') count++;
  if (count === 0) return -1;
  let k = rng.int(0, count - 1);
  for (let i = 1; i < value.length - 1; i++) {
    if (value[i] === ' ' && k-- === 0) return i;
  }
  return -1;
};

/**
 * `whitespace`: a doubled inner space, a trailing or a leading space; on Canadian postal codes the
 * space between the two halves is removed or restored (`K1A 0B1` ↔ `K1A0B1`). US zips are left alone.
 */
export const whitespaceStrategy: NoiseStrategy = {
  name: 'whitespace',
  description: 'Doubled inner space, trailing or leading space; CA postal code `A1A 1A1` ↔ `A1A1A1`.',
  defaultRate: 0.05,
  kinds: ['first_name', 'last_name', 'company', 'address', 'zip'],
  examples: [
    { kind: 'address', before: '12 Main St', after: '12  Main St' },
    { kind: 'first_name', before: 'Mary', after: 'Mary ' },
    { kind: 'zip', before: 'K1A 0B1', after: 'K1A0B1' },
  ],
  isApplicable(value: string, context: NoiseContext): boolean {
    if (context.field.kind !== 'zip') return value.length > 0;
    const shape = postalShape(value);
    return shape === 'CA_SPACED' || shape === 'CA_COMPACT';
  },
  apply(value: string, rng: Rng, context: NoiseContext): string {
    if (context.field.kind === 'zip') {
      return value.length === 7 ? value.slice(0, 3) + value.slice(4) : `${value.slice(0, 3)} ${value.slice(3)}`;
    }
    const op = rng.int(0, 3);
    if (op <= 1) {
      const at = innerSpace(value, rng);
      if (at >= 0) return value.slice(0, at) + ' ' + value.slice(at);
    }
    return op === 3 ? ` ${value}` : `${value} `;
  },
};
