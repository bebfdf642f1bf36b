import type { Source } from '@synth/schema';
import type { GenerationOptions } from './generation-options';

/**
 * The kinds of planted confusers: one shared strong attribute (`email_local`, `similar_name`,
 * `zip_house`) or several, as in real CRM data (`household`: last name, address and often the
 * landline or a family email; `junior_senior`: the full name and the address; `namesake`: the (nick)name
 * and the city; `coworker`: company, office address and main phone). `neighbour`s are planted apart,
 * by `sharedBuildings`: entities in the building of another (same street address and zip, own unit).
 */
export type ConfuserKind =
  'email_local' | 'similar_name' | 'zip_house' | 'household' | 'junior_senior' | 'namesake' | 'coworker' | 'neighbour';

/** Confuser kinds in the order of their codes in `EntityPlan.confuserKind` (code = index + 1). */
export const CONFUSER_KINDS: readonly ConfuserKind[] = [
  'email_local',
  'similar_name',
  'zip_house',
  'household',
  'junior_senior',
  'namesake',
  'coworker',
  'neighbour',
];

/** Achieved figures of one source. */
export interface SourcePlanSummary {
  records: number;
  distinctEntities: number;
  /** Records beyond each entity's first in this source. */
  duplicates: number;
  /** duplicates / records. */
  duplicateRate: number;
  /** Index k: number of entities of this source with k duplicates (0..cap). */
  dupPerEntityHistogram: number[];
  /** Target share of distinct entities also in another source. */
  overlapTarget: number;
  /** Achieved share of distinct entities that also appear in at least one other source. */
  overlapAchieved: number;
}

/** The plan's achieved figures and warnings (they go into the run summary). */
export interface PlanSummary {
  entities: number;
  perSource: Record<Source, SourcePlanSummary>;
  /** `achievedOverall` = overlapping distinct entities summed over sources / distinct entities summed over sources. */
  overlap: { target: number; achievedOverall: number };
  /** Entities per membership pattern, e.g. `{ 'leads+sales': 812, ... }`. */
  membership: Record<string, number>;
  confusers: Record<ConfuserKind, number>;
  warnings: string[];
}

/**
 * The seeded plan: who the true entities are, which sources each is in, how many records it has per
 * source and which entities are confusers of which. Compact (typed arrays, no per-record objects) and
 * structured-cloneable, so it can be sent to worker threads.
 */
export interface EntityPlan {
  options: GenerationOptions;
  entityCount: number;
  chunkSize: number;
  chunkCount: number;
  /** Per entity: records in each source (0 = not in the source). */
  recordCounts: Record<Source, Uint8Array>;
  /** Per chunk k: records of each source in chunks before k (length chunkCount + 1). */
  chunkFirstRecord: Record<Source, Float64Array>;
  /** Per entity: index of the entity it is a confuser of, or -1. */
  confuserOf: Int32Array;
  /** Per entity: 0 none, else 1 + the kind's index in `CONFUSER_KINDS` (1 email_local … 7 coworker, 8 neighbour). */
  confuserKind: Uint8Array;
  /** Digits of record ids per source and of entity ids (at least 7). */
  idWidth: Record<Source | 'entity', number>;
  summary: PlanSummary;
}
