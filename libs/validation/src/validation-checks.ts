/** Every check the dataset validator runs, in report order, with what it counts and what it means. */
export const VALIDATION_CHECKS = [
  {
    name: 'required_columns',
    counts: 'columns',
    description: 'Each source file has every column spec.md requires and every field the schema marks required.',
  },
  {
    name: 'email_format',
    counts: 'non-empty values',
    description:
      "Email columns hold one '@', a dot-atom local part and a domain with a TLD (64-hex sha256 for hashed PII).",
  },
  {
    name: 'phone_format',
    counts: 'non-empty values',
    description:
      'Phone columns are NANP numbers after stripping formatting: 10 digits, or 11 with a leading 1, ' +
      'optional extension (64-hex for hashed PII).',
  },
  {
    name: 'zip_format',
    counts: 'non-empty values',
    description: "Zip columns match the row's country: US 12345 or 12345-6789, CA A1A 1A1 or A1A1A1.",
  },
  {
    name: 'date_format',
    counts: 'non-empty values',
    description:
      'date columns are real calendar dates YYYY-MM-DD; ' +
      'datetime columns are ISO 8601 (YYYY-MM-DDThh:mm[:ss[.fff]][Z|±hh:mm]).',
  },
  {
    name: 'amount_format',
    counts: 'non-empty values',
    description: 'decimal columns are plain numbers (-?digits[.digits]), integer columns plain integers.',
  },
  { name: 'unique_ids', counts: 'records', description: 'Record ids are non-empty and unique within each source.' },
  {
    name: 'pii_hashed',
    counts: 'non-empty PII values',
    description: 'In hashed PII mode every PII column holds only 64-hex sha256 values (skipped in plain mode).',
  },
  {
    name: 'truth_complete',
    counts: 'records + truth rows',
    description: 'Every record has exactly one truth row and every truth row names an existing record.',
  },
  {
    name: 'pair_keys_present',
    counts: 'pairs',
    description: 'src_a, id_a, src_b, id_b, pair_kind and split are present (not empty, null or NaN) and valid values.',
  },
  { name: 'pair_label', counts: 'pairs', description: 'y is 0 or 1 and agrees with pair_kind (pos_* ⇔ 1).' },
  { name: 'pair_ids_exist', counts: 'pairs', description: 'id_a exists in src_a and id_b exists in src_b.' },
  { name: 'pair_split_disjoint', counts: 'pairs', description: 'No record appears in pairs of two different splits.' },
  {
    name: 'balance',
    counts: 'pairs',
    description: 'Negatives per positive over all splits lie within gates.negRatio (inclusive).',
  },
  { name: 'gate_positives', counts: 'positive pairs', description: 'At least gates.minPositives positive pairs.' },
  {
    name: 'gate_hard_negatives',
    counts: 'hard negatives',
    description: 'At least gates.minHardNegatives hard negatives (neg_email_local, neg_similar_name, neg_zip_house).',
  },
] as const satisfies readonly { name: string; counts: string; description: string }[];

/** The name of a dataset check. */
export type ValidationCheckName = (typeof VALIDATION_CHECKS)[number]['name'];

/**
 * The checks a generating run adds when it folds validation into its blocks (`createFoldedValidator`):
 * what only the files on disk can tell, read back after they are complete. Reported after
 * `VALIDATION_CHECKS`; `synth validate` re-reads every row instead and does not run them.
 */
export const FILE_CHECKS = [
  {
    name: 'csv_rows',
    counts: 'files',
    description:
      'Each CSV file written (sources, truth.csv, pairs.csv) starts with the header written and holds as many ' +
      'records as were written (record ends counted on disk).',
  },
  {
    name: 'parquet_rows',
    counts: 'files',
    description:
      "Each pair parquet file's footer counts as many rows as were written, and its row groups add up to it.",
  },
] as const satisfies readonly { name: string; counts: string; description: string }[];

/** Where a folded run ran a check: in the blocks, when merging the blocks' results, or on the files on disk. */
export type CheckSite = 'block' | 'merge' | 'file';

/** Where a folded run (`createFoldedValidator`) runs each check. */
export const CHECK_SITES: Record<ValidationCheckName | (typeof FILE_CHECKS)[number]['name'], CheckSite> = {
  required_columns: 'file',
  email_format: 'block',
  phone_format: 'block',
  zip_format: 'block',
  date_format: 'block',
  amount_format: 'block',
  unique_ids: 'merge',
  pii_hashed: 'block',
  truth_complete: 'merge',
  pair_keys_present: 'block',
  pair_label: 'block',
  pair_ids_exist: 'merge',
  pair_split_disjoint: 'block',
  balance: 'merge',
  gate_positives: 'merge',
  gate_hard_negatives: 'merge',
  csv_rows: 'file',
  parquet_rows: 'file',
};
