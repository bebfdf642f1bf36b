import { hashToUnit } from '@synth/random';
import { DEFAULT_FRACTIONS } from './internal/constants';
import type { Split, SplitFractions } from './types';

/**
 * The split of an entity: a stateless hash of `(seed, entityId)` against the cumulative
 * fractions. It does not depend on which block, worker or shard sees the entity, so all records of
 * an entity land in the same split everywhere.
 *
 * @example
 * assignSplit(42, 'E000123'); // 'train' (about 70% of entities), 'valid' or 'test'
 * assignSplit(42, 'E000123', { train: 0.8, valid: 0.1, test: 0.1 });
 */
export function assignSplit(
  seed: string | number,
  entityId: string,
  fractions: SplitFractions = DEFAULT_FRACTIONS,
): Split {
  const u = hashToUnit(`${seed}:split:${entityId}`);
  if (u < fractions.train) return 'train';
  if (u < fractions.train + fractions.valid) return 'valid';
  return 'test';
}
