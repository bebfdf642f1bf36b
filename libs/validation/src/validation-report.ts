/** The result of one named check. */
export interface ValidationCheck {
  /** Stable snake_case name (see `VALIDATION_CHECKS`). */
  name: string;
  ok: boolean;
  /** How many things were checked (values, rows, pairs, ids — see the check's description). */
  checked: number;
  failed: number;
  /** At most 5 failures, e.g. `"leads.csv line 17: email 'x' has no domain"`. */
  examples: string[];
  /**
   * Where a generating run ran the check (validation folded into its blocks): `block` on each block's rows
   * as they were made, `merge` over every block's compact results, `file` on the files read back from disk.
   * Absent when the check re-read the files (`synth validate`).
   */
  where?: 'block' | 'merge' | 'file';
  /** Check-specific figures, e.g. the ratio and its limits for `balance`; `{ skipped: reason }` when not applicable. */
  detail?: Record<string, unknown>;
}

/** Every check of a dataset, in `VALIDATION_CHECKS` order; `ok` when all passed. */
export interface ValidationReport {
  ok: boolean;
  checks: ValidationCheck[];
}

/** Pair-file gates of the default and dev profiles. */
export interface ValidationGates {
  /** Fewest positive pairs over all splits. */
  minPositives: number;
  /** Fewest hard negatives (`neg_email_local`, `neg_similar_name`, `neg_zip_house`) over all splits. */
  minHardNegatives: number;
  /** Allowed negatives per positive over all splits, inclusive. */
  negRatio: { min: number; max: number };
}
