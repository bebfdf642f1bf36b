import type { ColumnProfile } from './create-column-profiler';

/** The `nulls` and `uniqueness` figures of one source in the summary. */
export interface ProfileFigures {
  nulls: Record<string, { count: number; share: number }>;
  uniqueness: Record<string, { distinct: number; uniqueShare: number; exact: boolean }>;
}

/**
 * Splits a profiler's result into the summary's `nulls` and `uniqueness` sections for one source.
 *
 * @example
 * const { nulls, uniqueness } = profileFigures(profiler.finish());
 * summary.nulls.leads = nulls; summary.uniqueness.leads = uniqueness;
 */
export function profileFigures(profiles: Record<string, ColumnProfile>): ProfileFigures {
  const out: ProfileFigures = { nulls: {}, uniqueness: {} };
  for (const [column, p] of Object.entries(profiles)) {
    out.nulls[column] = { count: p.nulls, share: p.nullShare };
    out.uniqueness[column] = { distinct: p.distinct, uniqueShare: p.uniqueShare, exact: p.exact };
  }
  return out;
}
