import type { Rng } from '@synth/random';
import { CA_POSTAL_LETTERS, postalShape } from './postal';

const shiftDigit = (d: string, rng: Rng): string => {
  const n = d.charCodeAt(0) - 48;
  const step = rng.int(1, 2);
  const up = n + step <= 9 && (n - step < 0 || rng.chance(0.5));
  return String(up ? n + step : n - step);
};

const shiftLetter = (l: string, rng: Rng): string => {
  const upper = l.toUpperCase();
  const i = CA_POSTAL_LETTERS.indexOf(upper);
  const j = i <= 0 ? 1 : i >= CA_POSTAL_LETTERS.length - 1 ? i - 1 : rng.chance(0.5) ? i - 1 : i + 1;
  const out = CA_POSTAL_LETTERS[j];
  return l === upper ? out : out.toLowerCase();
};

/**
 * A neighbouring postal code of the same shape and region: US zips change only the last digit
 * (same 3-digit sectional centre, hence the same state); Canadian codes keep the forward sortation
 * area (first three characters, hence the province) and change the local delivery unit.
 * Returns `undefined` for values without a known shape.
 */
export function neighbouringPostalCode(value: string, rng: Rng): string | undefined {
  const shape = postalShape(value);
  if (shape === undefined) return undefined;
  if (shape === 'US') {
    const out = value.slice(0, 4) + shiftDigit(value[4], rng);
    // 00000 is no zip: step up instead (never back to the input, which would be a silent no-op)
    return out === '00000' ? (value === '00001' ? '00002' : '00001') : out;
  }
  const ldu = shape === 'CA_SPACED' ? 4 : 3;
  if (rng.chance(0.5)) return value.slice(0, ldu + 2) + shiftDigit(value[ldu + 2], rng);
  return value.slice(0, ldu + 1) + shiftLetter(value[ldu + 1], rng) + value.slice(ldu + 2);
}
