import type { FieldKind } from './field-kind';
import type { GeneratorHint } from './generator-hints';
import type { Source } from './source';

/** One column of a source, as checked and completed by `parseSchema`. */
export interface FieldSpec {
  /** Column name in the CSV. */
  name: string;
  kind: FieldKind;
  /** The column must exist in the output (spec.md's required columns are always true). */
  required: boolean;
  /** Share of clean records in which the value is empty, 0..1. */
  nullShare: number;
  /** Personal data: replaced by a salted hash in `--pii hashed` mode. */
  pii: boolean;
  /** Allowed values of an `enum` field. */
  values?: string[];
  /** Relative weights of `values` (same length), uniform when absent. */
  weights?: number[];
  /** What the field means to the generator (see `GENERATOR_HINTS`). */
  hint?: GeneratorHint;
  /** Bounds of `integer`/`decimal` fields without a hint. */
  min?: number;
  max?: number;
  description?: string;
}

/** One source: its id prefix and its columns in CSV order. */
export interface EntitySpec {
  name: Source;
  /** Prefix of record ids, e.g. `L` gives `L0000001`. */
  idPrefix: string;
  fields: FieldSpec[];
  description?: string;
}

/** The whole checked schema. */
export interface SchemaSpec {
  name: string;
  version: string;
  description?: string;
  entities: Record<Source, EntitySpec>;
}

/** A tolerated drift in the schema file (reported in the run summary). */
export interface SchemaWarning {
  file: string;
  /** JSON path of the place concerned, e.g. `$.entities.leads.fields`. */
  path: string;
  /** The full human-readable text, e.g. `automotive_schemas.json: $.entities.leads.fields: ...`. */
  message: string;
}

/** What `parseSchema`/`loadSchema` return. */
export interface LoadedSchema {
  schema: SchemaSpec;
  warnings: SchemaWarning[];
}
