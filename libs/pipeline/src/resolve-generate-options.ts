import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { ENTITY_PRESETS } from '@synth/entities';
import type { ContactVariation } from '@synth/entities';
import type { Source } from '@synth/features';
import type { SplitFractions } from '@synth/pairing';
import { DEV_COUNTS, GENERATE_OPTION_TABLE as T } from './generate-option-table';
import type { GenerateOptionName } from './generate-option-table';
import { checkOption, optionError } from './internal/check-option';

export type Locale = (typeof T.locale.choices)[number];
export type PiiMode = (typeof T.pii.choices)[number];
export type DupDistributionKind = (typeof T.dupDist.choices)[number];
export type Difficulty = (typeof T.difficulty.choices)[number];

/**
 * The options of {@link generateDataset}: the flags of `synth generate` in camelCase, typed. Anything left
 * out takes its default (`GENERATE_OPTION_TABLE`).
 */
export interface GenerateDatasetOptions {
  schema?: string;
  outdir?: string;
  pairsOut?: string;
  reportDir?: string;
  dev?: boolean;
  nLeads?: number;
  nSales?: number;
  nFinancial?: number;
  dupRate?: number;
  dupDist?: DupDistributionKind;
  dupExponent?: number;
  dupCap?: number;
  overlap?: number;
  /** A preset of noise rates, confusers, shared buildings and contact variation; explicit options override it. */
  difficulty?: Difficulty;
  confuserRate?: number;
  seed?: number;
  pii?: PiiMode;
  saltFile?: string;
  locale?: Locale;
  noiseProfile?: string;
  negRatio?: number;
  withinSourceShare?: number;
  /** `train/valid/test` proportions, e.g. `70/15/15`. */
  splits?: string;
  gates?: boolean;
  workers?: number;
  blockSize?: number;
  /** `k/n`: shard k of n (0-based); `$JOB_COMPLETION_INDEX/n` reads k from the environment. */
  shard?: string;
}

/** Every option after validation, with its default applied. Goes into the summary as `params`. */
export interface GenerateOptions {
  schema: string;
  outdir: string;
  pairsOut: string;
  reportDir: string;
  counts: Record<Source, number>;
  profile: 'default' | 'dev' | 'custom';
  dupRate: number;
  dupDistribution: DupDistributionKind;
  dupExponent: number;
  dupCap: number;
  overlap: number;
  /** The difficulty preset whose values fill every knob below that no option gives. */
  difficulty: Difficulty;
  confuserRate: number;
  /** Share of entities in shared buildings (from the preset). */
  sharedBuildings: number;
  /** How one person's contacts vary across records (from the preset). */
  contactVariation: ContactVariation;
  seed: number;
  pii: PiiMode;
  saltFile: string | null;
  locale: Locale;
  noiseProfile: string | null;
  negRatio: number;
  withinSourceShare: number;
  splits: SplitFractions;
  gates: boolean;
  /** Worker threads that render blocks; 1 = on the main thread. */
  workers: number;
  /** Entities per block (a multiple of 1,000): the unit of work, and the scope in which pairs are mined. */
  blockSize: number;
  /** This run's share of the blocks: shard `index` of `count` (0-based), or null for the whole dataset. */
  shard: { index: number; count: number } | null;
}

/** The schema used when `schema` is not given. */
export const DEFAULT_SCHEMA = 'automotive_schemas.json';

/**
 * `automotive_schemas.json` in the current folder when there is one, else the copy shipped beside the built
 * binary (`dist/apps/cli/automotive_schemas.json`), so `synth` works from any folder.
 */
export function defaultSchemaPath(cwdHas: (file: string) => boolean = existsSync): string {
  const shipped = path.join(__dirname, DEFAULT_SCHEMA);
  return cwdHas(DEFAULT_SCHEMA) || !cwdHas(shipped) ? DEFAULT_SCHEMA : shipped;
}

function splits(raw: string | undefined): SplitFractions {
  const parts = (raw ?? T.splits.default).split('/').map((p) => Number(p.trim()));
  if (parts.length !== 3 || parts.some((p) => !Number.isFinite(p) || p <= 0)) {
    throw optionError('splits', ` must be three positive numbers train/valid/test, e.g. 70/15/15 (got "${raw}").`);
  }
  const total = parts[0] + parts[1] + parts[2];
  return { train: parts[0] / total, valid: parts[1] / total, test: parts[2] / total };
}

function shard(raw: string | undefined, env: NodeJS.ProcessEnv): GenerateOptions['shard'] {
  if (raw === undefined) return null;
  const m = /^\s*(\d+|\$JOB_COMPLETION_INDEX)\s*\/\s*(\d+)\s*$/.exec(raw);
  const count = m ? Number(m[2]) : NaN;
  const fromEnv = m !== null && m[1].startsWith('$');
  const index = m ? Number(fromEnv ? env['JOB_COMPLETION_INDEX'] : m[1]) : NaN;
  if (!m || !Number.isInteger(index) || !(count >= 1 && count <= 100_000) || index < 0 || index >= count) {
    const envNote = fromEnv ? `, JOB_COMPLETION_INDEX=${env['JOB_COMPLETION_INDEX'] ?? 'unset'}` : '';
    throw optionError('shard', ` must be k/n with 0 ≤ k < n ≤ 100000, e.g. 3/16 (got "${raw}"${envNote}).`);
  }
  return { index, count };
}

/**
 * Validates every option before any work starts (limits from `GENERATE_OPTION_TABLE`) and applies the
 * defaults. Throws `PipelineError` (`kind: 'input'`) naming the option, the allowed values and what was given.
 *
 * @example
 * resolveGenerateOptions({ dev: true, seed: 7 }).counts; // { leads: 1000, sales: 1000, financial: 1000 }
 */
export function resolveGenerateOptions(
  input: GenerateDatasetOptions,
  env: NodeJS.ProcessEnv = process.env,
): GenerateOptions {
  const get = <N extends GenerateOptionName, V>(name: N, fallback: V): V =>
    input[name as keyof GenerateDatasetOptions] === undefined
      ? fallback
      : (checkOption(name, input[name as keyof GenerateDatasetOptions]) as V);
  const dev = get('dev', false);
  const base = dev ? DEV_COUNTS : { leads: T.nLeads.default, sales: T.nSales.default, financial: T.nFinancial.default };
  const counts = {
    leads: get('nLeads', base.leads),
    sales: get('nSales', base.sales),
    financial: get('nFinancial', base.financial),
  };
  const given = input.nLeads !== undefined || input.nSales !== undefined || input.nFinancial !== undefined;
  const pii = get<'pii', PiiMode>('pii', T.pii.default);
  if (input.saltFile !== undefined && pii !== 'hashed') {
    throw optionError('saltFile', ' is only used with pii hashed (got pii plain).');
  }
  const difficulty = get<'difficulty', Difficulty>('difficulty', T.difficulty.default);
  const preset = ENTITY_PRESETS[difficulty];
  const blockSize = get('blockSize', T.blockSize.default);
  if (blockSize % 1000 !== 0)
    throw optionError('blockSize', ` must be a multiple of 1,000 entities (got ${blockSize}).`);
  return {
    schema: get('schema', defaultSchemaPath()),
    outdir: get('outdir', T.outdir.default),
    pairsOut: get('pairsOut', T.pairsOut.default),
    reportDir: get('reportDir', T.reportDir.default),
    counts,
    profile: given ? 'custom' : dev ? 'dev' : 'default',
    dupRate: get('dupRate', T.dupRate.default),
    dupDistribution: get<'dupDist', DupDistributionKind>('dupDist', T.dupDist.default),
    dupExponent: get('dupExponent', T.dupExponent.default),
    dupCap: get('dupCap', T.dupCap.default),
    overlap: get('overlap', T.overlap.default),
    difficulty,
    confuserRate: get('confuserRate', preset.confuserRate),
    sharedBuildings: preset.sharedBuildings,
    contactVariation: { ...preset.contactVariation },
    seed: get('seed', T.seed.default),
    pii,
    saltFile: get<'saltFile', string | null>('saltFile', null),
    locale: get<'locale', Locale>('locale', T.locale.default),
    noiseProfile: get<'noiseProfile', string | null>('noiseProfile', null),
    negRatio: get('negRatio', T.negRatio.default),
    withinSourceShare: get('withinSourceShare', T.withinSourceShare.default),
    splits: splits(input.splits === undefined ? undefined : (checkOption('splits', input.splits) as string)),
    gates: get('gates', T.gates.default),
    workers: get('workers', Math.min(availableParallelism(), 8)),
    blockSize,
    shard: shard(input.shard === undefined ? undefined : (checkOption('shard', input.shard) as string), env),
  };
}
