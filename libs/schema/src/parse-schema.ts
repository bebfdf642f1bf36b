import { checkEntity } from './internal/check-entity';
import { CheckContext, checkProperties, isObject, typeName } from './internal/context';
import { childPath, JsonSyntaxError, parseJson } from './internal/parse-json';
import { SchemaError } from './schema-error';
import type { EntitySpec, LoadedSchema } from './schema-spec';
import { SOURCES, type Source } from './source';

const TOP_PROPERTIES = ['$schema', 'name', 'version', 'description', 'entities'];

/**
 * Parses and checks the text of a schema file. Malformed JSON and structural errors throw a
 * `SchemaError` (file, line:column, JSON path, what is allowed); tolerated drift (a missing
 * required field, an unknown field, an unknown property) is returned as warnings.
 *
 * @example
 * const text = fs.readFileSync('automotive_schemas.json', 'utf8');
 * const { schema, warnings } = parseSchema(text, 'automotive_schemas.json');
 * schema.entities.leads.fields.map((f) => f.name); // ['id', 'email', ...]
 */
export function parseSchema(text: string, fileName: string): LoadedSchema {
  let parsed: ReturnType<typeof parseJson>;
  try {
    parsed = parseJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError)
      throw new SchemaError(fileName, '', `invalid JSON: ${e.detail}`, e.line, e.column);
    throw e;
  }
  const ctx = new CheckContext(fileName, parsed.positions);
  const root = parsed.value;
  if (!isObject(root)) throw ctx.error('$', `the schema must be an object with "entities", got ${typeName(root)}`);
  checkProperties(ctx, root, '$', TOP_PROPERTIES);
  const name = typeof root['name'] === 'string' ? root['name'] : 'unnamed';
  const version = typeof root['version'] === 'string' ? root['version'] : '0';
  const entitiesRaw = root['entities'];
  if (!isObject(entitiesRaw)) {
    throw ctx.error(
      entitiesRaw === undefined ? '$' : '$.entities',
      `"entities" must be an object with keys ${SOURCES.join(', ')}`,
    );
  }
  for (const key of Object.keys(entitiesRaw)) {
    if (!(SOURCES as readonly string[]).includes(key)) {
      throw ctx.error(childPath('$.entities', key), `unknown entity "${key}"; allowed: ${SOURCES.join(', ')}`);
    }
  }
  const entities = {} as Record<Source, EntitySpec>;
  for (const source of SOURCES) {
    if (!(source in entitiesRaw))
      throw ctx.error('$.entities', `missing entity "${source}"; required: ${SOURCES.join(', ')}`);
    entities[source] = checkEntity(ctx, source, entitiesRaw[source], childPath('$.entities', source));
  }
  const prefixes = SOURCES.map((s) => entities[s].idPrefix);
  if (new Set(prefixes).size !== prefixes.length)
    throw ctx.error('$.entities', `id prefixes must differ between entities, got ${prefixes.join(', ')}`);
  const schema = {
    name,
    version,
    entities,
    ...(typeof root['description'] === 'string' ? { description: root['description'] } : {}),
  };
  return { schema, warnings: ctx.warnings };
}
