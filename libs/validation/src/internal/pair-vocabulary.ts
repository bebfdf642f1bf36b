/** Pair vocabulary of `@synth/pairing`, restated here (validation may not import pairing). */
export const PAIR_SPLITS = ['train', 'valid', 'test'] as const;
export type PairSplit = (typeof PAIR_SPLITS)[number];

export const POSITIVE_KINDS: readonly string[] = ['pos_cross_source', 'pos_within_source'];
export const HARD_NEGATIVE_KINDS: readonly string[] = ['neg_email_local', 'neg_similar_name', 'neg_zip_house'];
export const NEGATIVE_KINDS: readonly string[] = [...HARD_NEGATIVE_KINDS, 'neg_random'];

/** The key columns of a pair file. */
export const PAIR_KEYS = ['src_a', 'id_a', 'src_b', 'id_b', 'pair_kind', 'split'] as const;

/** `''` for a missing key value, the string value otherwise; `null` for NaN. */
export function keyValue(value: unknown): string | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && Number.isNaN(value)) return null;
  const s = String(value);
  return s === 'NaN' ? null : s;
}
