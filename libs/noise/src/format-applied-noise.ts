import type { AppliedNoise } from './apply-noise';

/**
 * The truth file's `noise` cell: `strategy:field` for every application, joined by `|`, in the
 * order applied (`''` for an untouched copy).
 *
 * @example
 * formatAppliedNoise([{ strategy: 'nickname', field: 'first_name' }, { strategy: 'case', field: 'city' }]);
 * // 'nickname:first_name|case:city'
 */
export function formatAppliedNoise(changes: readonly AppliedNoise[]): string {
  let out = '';
  for (let i = 0; i < changes.length; i++) {
    if (i > 0) out += '|';
    out += `${changes[i].strategy}:${changes[i].field}`;
  }
  return out;
}
