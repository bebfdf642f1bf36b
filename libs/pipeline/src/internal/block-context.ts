import { SOURCES } from '@synth/features';
import type { Source } from '@synth/features';
import type { SchemaSpec } from '@synth/schema';
import type { NoiseField, NoiseProfile } from '@synth/noise';
import type { GenerateOptions } from '../resolve-generate-options';
import type { BlockFault } from './block-fault';

/** Everything a block needs, computed once per run (and once per worker). */
export interface BlockContext {
  options: GenerateOptions;
  schema: SchemaSpec;
  noiseProfile: NoiseProfile;
  /** Salt for `--pii hashed`, null in plain mode. Lives in memory only. */
  salt: string | null;
  columns: Record<Source, string[]>;
  noiseFields: Record<Source, NoiseField[]>;
  piiColumns: Record<Source, string[]>;
  /** Test-only: a defect to plant in one block's output (null in every real run). */
  fault: BlockFault | null;
  /**
   * Per source, the columns whose block profiles need a sketch only, no exact hashes: the run's exact count
   * of them overflowed (`ColumnProfiler.sketchedColumns`). Empty at first, then grown in each thread as the
   * main thread tells it ({@link SketchOnlyHint}); the figures do not depend on when a hint arrives.
   */
  sketchOnly: Record<Source, string[]>;
}

/** The main thread's word to a block worker: profile these columns of `source` by sketch only from now on. */
export interface SketchOnlyHint {
  kind: 'sketchOnly';
  source: Source;
  columns: string[];
}

/** Adds a hint's columns to `ctx.sketchOnly` (in this thread: the next blocks see them). */
export function addSketchOnly(ctx: BlockContext, { source, columns }: Omit<SketchOnlyHint, 'kind'>): void {
  const known = ctx.sketchOnly[source];
  for (const column of columns) if (!known.includes(column)) known.push(column);
}

/** Derives columns, noise fields and PII columns per source from the schema. */
export function createBlockContext(
  options: GenerateOptions,
  schema: SchemaSpec,
  noiseProfile: NoiseProfile,
  salt: string | null,
  fault: BlockFault | null = null,
): BlockContext {
  const columns = {} as Record<Source, string[]>;
  const noiseFields = {} as Record<Source, NoiseField[]>;
  const piiColumns = {} as Record<Source, string[]>;
  const sketchOnly = {} as Record<Source, string[]>;
  for (const source of SOURCES) {
    const fields = schema.entities[source].fields;
    columns[source] = fields.map((f) => f.name);
    noiseFields[source] = fields.map((f) => ({ name: f.name, kind: f.kind, nullable: !f.required || f.nullShare > 0 }));
    piiColumns[source] = fields.filter((f) => f.pii).map((f) => f.name);
    sketchOnly[source] = [];
  }
  return { options, schema, noiseProfile, salt, columns, noiseFields, piiColumns, fault, sketchOnly };
}
