/**
 * The generation options as data — default, limits, description — read by `resolveGenerationOptions`
 * and by every caller that builds validation, `--help` or docs from them (one source of truth).
 * `integer: true` marks whole numbers; `choices` lists the allowed words.
 *
 * @example
 * GENERATION_OPTION_TABLE.dupExponent; // { default: 2, min: 0.1, max: 10, description: 'Zipf exponent …' }
 */
export const GENERATION_OPTION_TABLE = {
  seed: {
    default: 42,
    min: -(2 ** 53 - 1),
    max: 2 ** 53 - 1,
    integer: true,
    description: 'Root seed of every random stream',
  },
  leads: { default: 30_000, min: 0, max: 100_000_000, integer: true, description: 'Lead records, duplicates included' },
  sales: { default: 3_000, min: 0, max: 100_000_000, integer: true, description: 'Sales records' },
  financial: { default: 2_100, min: 0, max: 100_000_000, integer: true, description: 'Financial records' },
  dupRate: { default: 0.1, min: 0, max: 0.5, description: 'Within-source duplicate share' },
  dupDistribution: {
    default: 'zipf',
    choices: ['uniform', 'poisson', 'zipf'],
    description: 'Duplicates per entity: uniform, poisson or zipf',
  },
  dupExponent: { default: 2, min: 0.1, max: 10, description: 'Zipf exponent of the duplicates per entity' },
  dupLambda: { default: 1, min: 0.01, max: 20, description: 'Poisson mean of the duplicates beyond the first' },
  dupCap: { default: 5, min: 1, max: 50, integer: true, description: 'Most duplicates of one entity in one source' },
  overlap: { default: 0.4, min: 0, max: 1, description: 'Share of a source’s entities also in another source' },
  confuserRate: { default: 0.15, min: 0, max: 0.5, description: 'Share of entities planted as confusers' },
  sharedBuildings: {
    default: 0.45,
    min: 0,
    max: 0.8,
    description: 'Share of entities in a shared building (same street address, own unit)',
  },
  locale: { default: 'US+CA', choices: ['US', 'CA', 'US+CA'], description: 'US, CA or US+CA (80% US, 20% CA)' },
} as const;
