import * as V from '@synth/features';

// The pair vocabulary is defined once, in @synth/features; the checks read it as plain strings.
export const PAIR_SPLITS = V.SPLITS;
export type PairSplit = V.Split;

export const POSITIVE_KINDS: readonly string[] = V.POSITIVE_KINDS;
export const HARD_NEGATIVE_KINDS: readonly string[] = V.HARD_NEGATIVE_KINDS;
export const NEGATIVE_KINDS: readonly string[] = V.NEGATIVE_KINDS;

/** The key columns of a pair file that hold text (`y` is checked on its own). */
export const PAIR_KEYS = V.PAIR_KEY_COLUMNS.filter((c): c is Exclude<typeof c, 'y'> => c !== 'y');

/** `''` for a missing key value, the string value otherwise; `null` for NaN. */
export function keyValue(value: unknown): string | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && Number.isNaN(value)) return null;
  const s = String(value);
  return s === 'NaN' ? null : s;
}
