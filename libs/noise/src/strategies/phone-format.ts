import type { Rng } from '@synth/random';
import type { NoiseStrategy } from '../types';
import { normalizePhone, type NormalizedPhone } from '@synth/features';
import { EXTENSION_LAYOUTS, PHONE_LAYOUTS } from '../internal/phone-parts';

/** Share of reformatted phones without an extension that gain one (an office line's extension). */
const ADD_EXTENSION = 0.1;

let lastValue = '';
let lastParts: NormalizedPhone | null = null;

/** `normalizePhone(value)`; the last answer is remembered, so `isApplicable` then `apply` parse the number once. */
function phoneParts(value: string): NormalizedPhone | null {
  if (value !== lastValue) {
    lastParts = normalizePhone(value);
    lastValue = value;
  }
  return lastParts;
}

/**
 * `phone_format`: the same NANP number in another layout — `(555) 123-4567`, `555.123.4567`,
 * `+1 555 123 4567`, digits only, … — keeping (and re-spelling) any extension; one in ten also gains
 * an extension such as ` x123`. The national number (as `normalizePhone` of `@synth/features` reads it)
 * never changes; applies to values `normalizePhone` accepts.
 */
export const phoneFormatStrategy: NoiseStrategy = {
  name: 'phone_format',
  description:
    'Another layout of the same NANP number: (555) 123-4567, 555.123.4567, +1 555 123 4567, ' +
    'digits only, x123 extension.',
  defaultRate: 0.3,
  kinds: ['phone'],
  examples: [
    { kind: 'phone', before: '(555) 123-4567', after: '555.123.4567' },
    { kind: 'phone', before: '555-123-4567', after: '+1 555 123 4567' },
    { kind: 'phone', before: '555-123-4567 ext. 123', after: '(555) 123-4567 x123' },
  ],
  isApplicable(value: string): boolean {
    return phoneParts(value) !== null;
  },
  apply(value: string, rng: Rng): string {
    const parts = phoneParts(value);
    if (parts === null) return value;
    const a = parts.national.slice(0, 3);
    const b = parts.national.slice(3, 6);
    const c = parts.national.slice(6);
    let extension = parts.extension;
    if (extension === '' && rng.chance(ADD_EXTENSION)) extension = String(rng.int(10, 9999));
    const ext = extension === '' ? '' : rng.pick(EXTENSION_LAYOUTS)(extension);
    const first = rng.int(0, PHONE_LAYOUTS.length - 1);
    for (let k = 0; k < PHONE_LAYOUTS.length; k++) {
      const out = PHONE_LAYOUTS[(first + k) % PHONE_LAYOUTS.length](a, b, c) + ext;
      if (out !== value) return out;
    }
    return value;
  },
};
