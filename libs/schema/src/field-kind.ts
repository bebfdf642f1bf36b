/** Every field type a schema may declare (the `type` of a field in `automotive_schemas.json`). */
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

/** Kinds that hold personal data; `pii` defaults to true for them. */
export const PII_KINDS: readonly FieldKind[] = ['email', 'phone', 'first_name', 'last_name', 'address'];
