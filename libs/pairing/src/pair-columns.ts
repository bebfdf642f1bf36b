import { featureNames, PAIR_KEY_COLUMNS } from '@synth/features';
import type { PairColumn } from './types';

const KEY_COLUMNS: readonly PairColumn[] = PAIR_KEY_COLUMNS.map((name) => ({
  name,
  type: name === 'y' ? 'int32' : 'utf8',
}));

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
