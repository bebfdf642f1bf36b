import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { UsageError } from 'clipanion';
import { DEFAULT_GENERATION_OPTIONS, DIFFICULTIES, ENTITY_PRESETS } from '@synth/entities';
import type { ContactVariation, Difficulty } from '@synth/entities';

export type Locale = 'US' | 'CA' | 'US+CA';
export type PiiMode = 'plain' | 'hashed';
export type DupDistribution = 'uniform' | 'poisson' | 'zipf';

/** Every option of `synth generate` after validation, with its default applied. Goes into the summary as `params`. */
export interface GenerateOptions {
  schema: string;
  outdir: string;
  pairsOut: string;
  reportDir: string;
  counts: { leads: number; sales: number; financial: number };
  profile: 'default' | 'dev' | 'custom';
  dupRate: number;
  dupDistribution: DupDistribution;
  dupExponent: number;
  dupCap: number;
  overlap: number;
  /** The difficulty preset whose values fill every knob below that no flag gives. */
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
  splits: { train: number; valid: number; test: number };
  gates: boolean;
  json: boolean;
  /** Worker threads that render blocks; 1 = on the main thread. */
  workers: number;
  /** Entities per block (a multiple of 1,000): the unit of work, and the scope in which pairs are mined. */
  blockSize: number;
  /** This run's share of the blocks: shard `index` of `count` (0-based), or null for the whole dataset. */
  shard: { index: number; count: number } | null;
}

/** The schema used when `--schema` is not given. */
export const DEFAULT_SCHEMA = 'automotive_schemas.json';

/**
 * `automotive_schemas.json` in the current folder when there is one, else the copy shipped beside the built
 * binary (`dist/apps/cli/automotive_schemas.json`), so `synth` works from any folder.
 */
export function defaultSchemaPath(cwdHas: (file: string) => boolean = existsSync): string {
  const shipped = path.join(__dirname, DEFAULT_SCHEMA);
  return cwdHas(DEFAULT_SCHEMA) || !cwdHas(shipped) ? DEFAULT_SCHEMA : shipped;
}

/** The raw strings Clipanion collected (undefined when the flag was not given). */
export interface RawGenerateOptions {
  schema?: string;
  outdir?: string;
  pairsOut?: string;
  reportDir?: string;
  nLeads?: string;
  nSales?: string;
  nFinancial?: string;
  dev?: boolean;
  dupRate?: string;
  dupDist?: string;
  dupExponent?: string;
  dupCap?: string;
  overlap?: string;
  difficulty?: string;
  confuserRate?: string;
  seed?: string;
  pii?: string;
  saltFile?: string;
  locale?: string;
  noiseProfile?: string;
  negRatio?: string;
  withinSourceShare?: string;
  splits?: string;
  gates?: boolean;
  json?: boolean;
  workers?: string;
  blockSize?: string;
  shard?: string;
}

/** The entity plan's defaults (one source of truth: `@synth/entities`). */
const PLAN = DEFAULT_GENERATION_OPTIONS;
export const DEFAULT_COUNTS = PLAN.counts;
export const DEV_COUNTS = { leads: 1_000, sales: 1_000, financial: 1_000 } as const;
/** Largest record count per source accepted on one machine (shards go beyond). */
export const MAX_RECORDS = 50_000_000;

const LOCALES: readonly Locale[] = ['US', 'CA', 'US+CA'];
/** `--difficulty` when not given: today's calibrated defaults. */
export const DEFAULT_DIFFICULTY: Difficulty = 'realistic';
const PII_MODES: readonly PiiMode[] = ['plain', 'hashed'];
const DISTRIBUTIONS: readonly DupDistribution[] = ['uniform', 'poisson', 'zipf'];

function integer(flag: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const text = raw.trim().replace(/_/g, '');
  if (!/^-?\d+$/.test(text)) {
    throw new UsageError(`${flag} must be a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')} (got "${raw}").`);
  }
  const value = Number(text);
  if (value < min || value > max) {
    throw new UsageError(`${flag} must be from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')} (got ${raw}).`);
  }
  return value;
}

function decimal(flag: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(value)) {
    throw new UsageError(`${flag} must be a number from ${min} to ${max} (got "${raw}").`);
  }
  if (value < min || value > max) throw new UsageError(`${flag} must be from ${min} to ${max} (got ${raw}).`);
  return value;
}

function choice<T extends string>(flag: string, raw: string | undefined, fallback: T, allowed: readonly T[]): T {
  if (raw === undefined) return fallback;
  const hit = allowed.find((a) => a.toLowerCase() === raw.trim().toLowerCase());
  if (!hit) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${raw}").`);
  return hit;
}

function splits(raw: string | undefined): GenerateOptions['splits'] {
  if (raw === undefined) return { train: 0.7, valid: 0.15, test: 0.15 };
  const parts = raw.split('/').map((p) => Number(p.trim()));
  if (parts.length !== 3 || parts.some((p) => !Number.isFinite(p) || p <= 0)) {
    throw new UsageError(`--splits must be three positive numbers train/valid/test, e.g. 70/15/15 (got "${raw}").`);
  }
  const total = parts[0] + parts[1] + parts[2];
  return { train: parts[0] / total, valid: parts[1] / total, test: parts[2] / total };
}

function blockSize(raw: string | undefined): number {
  const value = integer('--block-size', raw, 10_000, 1_000, 1_000_000);
  if (value % 1000 !== 0) throw new UsageError(`--block-size must be a multiple of 1,000 entities (got ${raw}).`);
  return value;
}

function shard(raw: string | undefined, env: NodeJS.ProcessEnv): GenerateOptions['shard'] {
  if (raw === undefined) return null;
  const m = /^\s*(\d+|\$JOB_COMPLETION_INDEX)\s*\/\s*(\d+)\s*$/.exec(raw);
  const count = m ? Number(m[2]) : NaN;
  const index = m ? Number(m[1].startsWith('$') ? env['JOB_COMPLETION_INDEX'] : m[1]) : NaN;
  if (!m || !Number.isInteger(index) || !(count >= 1 && count <= 100_000) || index < 0 || index >= count) {
    throw new UsageError(`--shard must be k/n with 0 ≤ k < n ≤ 100000, e.g. 3/16 (got "${raw}"${m && m[1].startsWith('$') ? `, JOB_COMPLETION_INDEX=${env['JOB_COMPLETION_INDEX'] ?? 'unset'}` : ''}).`);
  }
  return { index, count };
}

/**
 * Validates every flag before any work starts. Throws `UsageError` (exit 2) naming the flag, the allowed
 * values and what was given.
 */
export function resolveGenerateOptions(raw: RawGenerateOptions, env: NodeJS.ProcessEnv = process.env): GenerateOptions {
  const base = raw.dev ? DEV_COUNTS : DEFAULT_COUNTS;
  const counts = {
    leads: integer('--n-leads', raw.nLeads, base.leads, 1, MAX_RECORDS),
    sales: integer('--n-sales', raw.nSales, base.sales, 1, MAX_RECORDS),
    financial: integer('--n-financial', raw.nFinancial, base.financial, 1, MAX_RECORDS),
  };
  const given = raw.nLeads !== undefined || raw.nSales !== undefined || raw.nFinancial !== undefined;
  const pii = choice('--pii', raw.pii, 'plain', PII_MODES);
  const difficulty = choice('--difficulty', raw.difficulty, DEFAULT_DIFFICULTY, DIFFICULTIES);
  const preset = ENTITY_PRESETS[difficulty];
  if (raw.saltFile !== undefined && pii !== 'hashed') {
    throw new UsageError('--salt-file is only used with --pii hashed (got --pii plain).');
  }
  return {
    schema: raw.schema ?? defaultSchemaPath(),
    outdir: raw.outdir ?? 'data/synth',
    pairsOut: raw.pairsOut ?? 'data/pairs',
    reportDir: raw.reportDir ?? 'reports',
    counts,
    profile: given ? 'custom' : raw.dev ? 'dev' : 'default',
    dupRate: decimal('--dup-rate', raw.dupRate, PLAN.dupRate, 0, 0.5),
    dupDistribution: choice('--dup-dist', raw.dupDist, PLAN.dupDistribution.kind, DISTRIBUTIONS),
    dupExponent: decimal('--dup-exponent', raw.dupExponent, PLAN.dupDistribution.exponent ?? 2, 1.01, 5),
    dupCap: integer('--dup-cap', raw.dupCap, PLAN.dupDistribution.cap, 1, 50),
    overlap: decimal('--overlap', raw.overlap, PLAN.overlap, 0, 1),
    difficulty,
    confuserRate: decimal('--confuser-rate', raw.confuserRate, preset.confuserRate, 0, 0.5),
    sharedBuildings: preset.sharedBuildings,
    contactVariation: { ...preset.contactVariation },
    seed: integer('--seed', raw.seed, PLAN.seed, 0, 2 ** 31 - 1),
    pii,
    saltFile: raw.saltFile ?? null,
    locale: choice('--locale', raw.locale, PLAN.locale, LOCALES),
    noiseProfile: raw.noiseProfile ?? null,
    negRatio: decimal('--neg-ratio', raw.negRatio, 4, 3, 5),
    withinSourceShare: decimal('--within-source-share', raw.withinSourceShare, 0.2, 0, 0.9),
    splits: splits(raw.splits),
    gates: raw.gates ?? true,
    json: raw.json ?? false,
    workers: integer('--workers', raw.workers, Math.min(availableParallelism(), 8), 1, 64),
    blockSize: blockSize(raw.blockSize),
    shard: shard(raw.shard, env),
  };
}
