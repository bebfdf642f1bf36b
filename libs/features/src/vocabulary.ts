/**
 * The shared vocabulary of synth, defined once here — the lowest package that needs it — and imported by
 * every other (`@synth/schema`, `@synth/pairing`, `@synth/validation`, `@synth/pipeline`, the CLI).
 */

/** The three sources synth generates, in the order their files are written. */
export const SOURCES = ['leads', 'sales', 'financial'] as const;
/** A source name: `'leads' | 'sales' | 'financial'`. */
export type Source = (typeof SOURCES)[number];

/**
 * Every field type a schema may declare (the `type` of a field in `automotive_schemas.json`): what the
 * schema checks, what the noise strategies apply to and what the normalisers read.
 */
export const FIELD_KINDS = [
  'id',
  'email',
  'phone',
  'first_name',
  'last_name',
  'company',
  'address',
  'city',
  'state',
  'zip',
  'country',
  'date',
  'datetime',
  'decimal',
  'integer',
  'enum',
  'string',
  'boolean',
] as const;
/** A field type, e.g. `'email'` or `'decimal'`. */
export type FieldKind = (typeof FIELD_KINDS)[number];

/** The three grouped splits. Every entity (and so every record) belongs to exactly one. */
export const SPLITS = ['train', 'valid', 'test'] as const;
export type Split = (typeof SPLITS)[number];

/** Positive pair kinds (`y = 1`). */
export const POSITIVE_KINDS = ['pos_cross_source', 'pos_within_source'] as const;
export type PositiveKind = (typeof POSITIVE_KINDS)[number];

/** Hard-negative kinds, mined over blocking indexes. */
export const HARD_NEGATIVE_KINDS = ['neg_email_local', 'neg_similar_name', 'neg_zip_house'] as const;
export type HardNegativeKind = (typeof HARD_NEGATIVE_KINDS)[number];

/** Negative pair kinds (`y = 0`): the hard ones plus the random fill. */
export const NEGATIVE_KINDS = [...HARD_NEGATIVE_KINDS, 'neg_random'] as const;
export type NegativeKind = (typeof NEGATIVE_KINDS)[number];

/** Every value of the `pair_kind` column. */
export const PAIR_KINDS = [...POSITIVE_KINDS, ...NEGATIVE_KINDS] as const;
export type PairKind = (typeof PAIR_KINDS)[number];

/** The key columns of a pair record, before the feature columns: who is paired, the label, the kind, the split. */
export const PAIR_KEY_COLUMNS = ['src_a', 'id_a', 'src_b', 'id_b', 'y', 'pair_kind', 'split'] as const;
