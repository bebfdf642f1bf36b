import type { SchemaSpec, Source } from '@synth/schema';

/**
 * The CSV columns of a source, in order (the schema's field names, required ones included).
 *
 * @example
 * sourceColumns(schema, 'sales').slice(0, 3); // ['id', 'email', 'phone']
 */
export function sourceColumns(schema: SchemaSpec, source: Source): string[] {
  return schema.entities[source].fields.map((f) => f.name);
}
