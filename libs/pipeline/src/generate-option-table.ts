import { DIFFICULTIES, ENTITY_PRESETS, GENERATION_OPTION_TABLE as E } from '@synth/entities';
import { PAIRING_OPTION_TABLE as P } from '@synth/pairing';

/** One option of {@link generateDataset} as data: its type, default, limits, value name and description. */
export interface OptionSpec {
  readonly type: 'integer' | 'number' | 'choice' | 'boolean' | 'path' | 'text';
  /** The default; null when it is computed (`defaultText` says how) or when the option is off by default. */
  readonly default: number | string | boolean | null;
  readonly min?: number;
  readonly max?: number;
  readonly choices?: readonly string[];
  /** The value's name in help: `--seed <n>`. */
  readonly valueName?: string;
  readonly description: string;
  /** The default in words, when `default` alone does not tell it. */
  readonly defaultText?: string;
}

/** Largest record count per source accepted on one machine (shards go beyond). */
export const MAX_RECORDS = 50_000_000;
/** Records per source of the dev profile (`dev: true`). */
export const DEV_COUNTS = { leads: 1_000, sales: 1_000, financial: 1_000 } as const;

const count = (spec: { default: number; description: string }, dev: number) => ({
  type: 'integer' as const,
  default: spec.default,
  min: 1,
  max: MAX_RECORDS,
  valueName: 'n',
  description: spec.description,
  defaultText: `${spec.default}; dev: ${dev}`,
});

/**
 * Every option of {@link generateDataset} (the flags of `synth generate` in camelCase) as data: one source
 * for the library's validation, the CLI's flags and `--help`, and the docs. Limits and defaults that belong
 * to a lib come from its table (`GENERATION_OPTION_TABLE`, `PAIRING_OPTION_TABLE`); the record counts and the
 * seed are narrowed to what one run accepts.
 *
 * @example
 * GENERATE_OPTION_TABLE.dupExponent.max; // 10
 */
export const GENERATE_OPTION_TABLE = {
  schema: {
    type: 'path',
    default: null,
    valueName: 'file',
    description: 'Schema file',
    defaultText: 'automotive_schemas.json here, else the one shipped with synth',
  },
  outdir: {
    type: 'path',
    default: 'data/synth',
    valueName: 'dir',
    description: 'Folder for the source CSVs and truth.csv',
  },
  pairsOut: { type: 'path', default: 'data/pairs', valueName: 'dir', description: 'Folder for the pair files' },
  reportDir: { type: 'path', default: 'reports', valueName: 'dir', description: 'Folder for synth_summary.json/.html' },
  dev: { type: 'boolean', default: false, description: 'Dev profile: 1000 records per source' },
  nLeads: count(E.leads, DEV_COUNTS.leads),
  nSales: count(E.sales, DEV_COUNTS.sales),
  nFinancial: count(E.financial, DEV_COUNTS.financial),
  dupRate: { type: 'number', ...E.dupRate, valueName: 'share' },
  dupDist: { type: 'choice', ...E.dupDistribution, valueName: E.dupDistribution.choices.join('|') },
  dupExponent: { type: 'number', ...E.dupExponent, valueName: 'x' },
  dupCap: { type: 'integer', ...E.dupCap, valueName: 'n' },
  overlap: { type: 'number', ...E.overlap, valueName: 'share' },
  difficulty: {
    type: 'choice',
    default: 'realistic',
    choices: DIFFICULTIES,
    valueName: DIFFICULTIES.join('|'),
    description:
      'Preset of noise rates, confusers, shared buildings and contact variation (explicit options and ' +
      'noise-profile rates override it): easy, realistic or hard',
  },
  confuserRate: {
    type: 'number',
    ...E.confuserRate,
    valueName: 'share',
    defaultText: `from the difficulty preset; realistic: ${ENTITY_PRESETS.realistic.confuserRate}`,
  },
  seed: {
    type: 'integer',
    default: E.seed.default,
    min: 0,
    max: 2 ** 31 - 1,
    valueName: 'n',
    description: E.seed.description,
  },
  pii: {
    type: 'choice',
    default: 'plain',
    choices: ['plain', 'hashed'],
    valueName: 'plain|hashed',
    description: 'plain, or hashed: sha256 of salt + value in every PII column',
  },
  saltFile: {
    type: 'path',
    default: null,
    valueName: 'file',
    description: 'File holding the salt for pii hashed',
    defaultText: '$SYNTH_PII_SALT',
  },
  locale: { type: 'choice', ...E.locale, valueName: E.locale.choices.join('|') },
  noiseProfile: {
    type: 'path',
    default: null,
    valueName: 'file',
    description: 'JSON file overriding noise rates',
    defaultText: 'the difficulty preset’s rates',
  },
  negRatio: { type: 'number', ...P.negRatio, valueName: 'x' },
  withinSourceShare: { type: 'number', ...P.withinSourceShare, valueName: 'share' },
  splits: {
    type: 'text',
    default: '70/15/15',
    valueName: 'train/valid/test',
    description: 'Proportions of the entities per split (grouped: an entity’s pairs share one split)',
  },
  gates: {
    type: 'boolean',
    default: true,
    description: 'Enforce the pair gates (≥100 positives, ≥500 hard negatives); off (--no-gates) for tiny runs',
  },
  workers: {
    type: 'integer',
    default: null,
    min: 1,
    max: 64,
    valueName: 'n',
    description: 'Worker threads rendering blocks',
    defaultText: 'the cores available, at most 8',
  },
  blockSize: {
    type: 'integer',
    default: 10_000,
    min: 1_000,
    max: 1_000_000,
    valueName: 'n',
    description: 'Entities per block, a multiple of 1000; records do not depend on it, pairs are mined within a block',
  },
  shard: {
    type: 'text',
    default: null,
    valueName: 'k/n',
    description: 'Generate only shard k of n (0-based) into part files, e.g. 3/16; $JOB_COMPLETION_INDEX/16 reads k',
  },
} as const satisfies Record<string, OptionSpec>;

/** The name of an option of {@link generateDataset}. */
export type GenerateOptionName = keyof typeof GENERATE_OPTION_TABLE;
