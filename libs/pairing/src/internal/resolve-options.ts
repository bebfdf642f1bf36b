import { PairingError } from '../pairing-error';
import type { BuildPairsOptions, SplitFractions } from '../types';
import {
  DEFAULT_FRACTIONS,
  DEFAULT_NEG_RATIO,
  DEFAULT_WITHIN_SOURCE_SHARE,
  MAX_NEG_RATIO,
  MAX_WITHIN_SOURCE_SHARE,
  MIN_NEG_RATIO,
  SPLITS,
} from './constants';

export interface ResolvedOptions {
  readonly seed: string | number;
  readonly block: number;
  readonly negRatio: number;
  readonly withinSourceShare: number;
  readonly fractions: SplitFractions;
}

const inRange = (field: string, value: unknown, min: number, max: number): number => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new PairingError(
      `${field} must be a number in ${min}..${max}, got ${String(value)}`,
      field,
      value,
      `${min}..${max}`,
    );
  }
  return value;
};

/** Applies defaults and checks every option before anything random happens. */
export function resolveOptions(options: BuildPairsOptions): ResolvedOptions {
  const { seed } = options;
  if (!(typeof seed === 'string' || (typeof seed === 'number' && Number.isFinite(seed)))) {
    throw new PairingError(
      `seed must be a finite number or a string, got ${String(seed)}`,
      'seed',
      seed,
      'number | string',
    );
  }
  const block = options.block ?? 0;
  if (!Number.isInteger(block) || block < 0) {
    throw new PairingError(
      `block must be a non-negative integer, got ${String(block)}`,
      'block',
      block,
      'integer >= 0',
    );
  }
  const negRatio = inRange('negRatio', options.negRatio ?? DEFAULT_NEG_RATIO, MIN_NEG_RATIO, MAX_NEG_RATIO);
  const withinSourceShare = inRange(
    'withinSourceShare',
    options.withinSourceShare ?? DEFAULT_WITHIN_SOURCE_SHARE,
    0,
    MAX_WITHIN_SOURCE_SHARE,
  );
  const fractions = options.fractions ?? DEFAULT_FRACTIONS;
  for (const name of SPLITS) inRange(`fractions.${name}`, fractions[name], 0, 1);
  const sum = fractions.train + fractions.valid + fractions.test;
  if (Math.abs(sum - 1) > 1e-9) {
    throw new PairingError(`fractions must sum to 1, got ${sum}`, 'fractions', fractions, 'train + valid + test = 1');
  }
  return { seed, block, negRatio, withinSourceShare, fractions };
}
