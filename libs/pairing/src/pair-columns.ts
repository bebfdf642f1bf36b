import { featureNames } from '@synth/features';
import type { PairColumn } from './types';

const KEY_COLUMNS: readonly PairColumn[] = [
  { name: 'src_a', type: 'utf8' },
  { name: 'id_a', type: 'utf8' },
  { name: 'src_b', type: 'utf8' },
  { name: 'id_b', type: 'utf8' },
  { name: 'y', type: 'int32' },
  { name: 'pair_kind', type: 'utf8' },
  { name: 'split', type: 'utf8' },
];

/**
 * The output columns of a pair file, in order: `src_a,id_a,src_b,id_b,y,pair_kind,split`, then one
 * optional double column per feature (null when the feature is missing), named as given.
 *
 * @example
 * const writer = await createParquetWriter('data/pairs/train.parquet', pairColumns(featureNames));
 */
export function pairColumns(names: readonly string[]): PairColumn[] {
  return [...KEY_COLUMNS, ...names.map((name): PairColumn => ({ name, type: 'double', optional: true }))];
}

/** {@link pairColumns} for the feature names of the installed @synth/features. */
export const PAIR_COLUMNS: readonly PairColumn[] = pairColumns(featureNames);
