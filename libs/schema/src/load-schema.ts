import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseSchema } from './parse-schema';
import { SchemaError } from './schema-error';
import type { LoadedSchema } from './schema-spec';

/**
 * Reads and checks a schema file (see `parseSchema`). An unreadable file is a `SchemaError` too.
 *
 * @example
 * const { schema, warnings } = loadSchema('automotive_schemas.json');
 */
export function loadSchema(path: string): LoadedSchema {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    throw new SchemaError(basename(path), '', `cannot read the schema file (${code})`);
  }
  return parseSchema(text, basename(path));
}
