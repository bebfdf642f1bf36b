import type { Source } from '@synth/schema';
import type { ConfuserKind } from './entity-plan';

/** One clean record with its ground truth. */
export interface RenderedRecord {
  source: Source;
  /** Record id, e.g. `L0000001`: unique in the source, independent of chunk grouping. */
  id: string;
  /** True entity id, e.g. `E0000042`. */
  entityId: string;
  /** A within-source duplicate (not the entity's first record in this source). */
  isDuplicate: boolean;
  /** Id of the entity's base record in the same source, or `''`. */
  dupOf: string;
  /** True for every record except the entity's canonical (first) one; the pipeline applies noise to variants. */
  variant: boolean;
  /** Entity id of the entity this one was planted to confuse. */
  confuserOf?: string;
  confuserKind?: ConfuserKind;
  /** Column name → value (`''` for null), in the schema's column order. */
  row: Record<string, string>;
}
