/**
 * The pairing options as data — default, limits, description — read by `buildPairs` and by every caller
 * that builds validation, `--help` or docs from them (one source of truth).
 *
 * @example
 * PAIRING_OPTION_TABLE.negRatio; // { default: 4, min: 3, max: 5, description: 'Negatives per positive' }
 */
export const PAIRING_OPTION_TABLE = {
  negRatio: { default: 4, min: 3, max: 5, description: 'Negatives per positive' },
  withinSourceShare: {
    default: 0.2,
    min: 0,
    max: 0.9,
    description: 'Target share of positives that are within-source duplicate pairs',
  },
  splits: {
    default: { train: 0.7, valid: 0.15, test: 0.15 },
    min: 0,
    max: 1,
    description: 'train/valid/test shares of the entities (grouped split)',
  },
} as const;
