import { PII_KINDS } from '../field-kind';
import { REQUIRED_FIELDS } from '../required-fields';
import type { EntitySpec, FieldSpec } from '../schema-spec';
import type { Source } from '../source';
import { checkField } from './check-field';
import { checkProperties, isObject, typeName, type CheckContext } from './context';
import { childPath } from './parse-json';

const ENTITY_PROPERTIES = ['idPrefix', 'description', 'fields'];
const DEFAULT_PREFIX: Record<Source, string> = { leads: 'L', sales: 'S', financial: 'F' };

/** Checks one entity, then completes it: missing required fields are synthesised (with a warning). */
export function checkEntity(ctx: CheckContext, source: Source, raw: unknown, path: string): EntitySpec {
  if (!isObject(raw))
    throw ctx.error(path, `an entity must be an object with "idPrefix" and "fields", got ${typeName(raw)}`);
  checkProperties(ctx, raw, path, ENTITY_PROPERTIES);
  let idPrefix = raw['idPrefix'];
  if (idPrefix === undefined) {
    idPrefix = DEFAULT_PREFIX[source];
    ctx.warn(path, `"idPrefix" is missing; using "${idPrefix}"`);
  } else if (typeof idPrefix !== 'string' || !/^[A-Z]{1,3}$/.test(idPrefix)) {
    throw ctx.error(childPath(path, 'idPrefix'), `must be 1 to 3 capital letters, got ${JSON.stringify(idPrefix)}`);
  }
  const fieldsPath = childPath(path, 'fields');
  const rawFields = raw['fields'];
  if (!Array.isArray(rawFields))
    throw ctx.error(rawFields === undefined ? path : fieldsPath, '"fields" must be an array of field objects');
  if (rawFields.length === 0) throw ctx.error(fieldsPath, 'an entity needs at least one field');

  const fields: FieldSpec[] = [];
  const seen = new Set<string>();
  rawFields.forEach((rf, i) => {
    const f = checkField(ctx, rf, childPath(fieldsPath, i));
    if (seen.has(f.name))
      throw ctx.error(childPath(childPath(fieldsPath, i), 'name'), `duplicate field name "${f.name}"`);
    seen.add(f.name);
    fields.push(f);
  });

  const required = REQUIRED_FIELDS[source];
  for (const f of fields) {
    const r = required.find((x) => x.name === f.name);
    if (r) f.required = true;
    else if (f.hint === undefined && f.kind !== 'enum')
      ctx.warn(fieldsPath, `unknown field "${f.name}" (no hint) is generated from its type "${f.kind}"`);
  }
  let insertAt = 0;
  for (const r of required) {
    const at = fields.findIndex((f) => f.name === r.name);
    if (at >= 0) {
      insertAt = at + 1;
      continue;
    }
    const synth: FieldSpec = {
      name: r.name,
      kind: r.kind,
      required: true,
      nullShare: 0,
      pii: PII_KINDS.includes(r.kind),
    };
    if (r.hint) synth.hint = r.hint;
    if (r.values) synth.values = [...r.values];
    fields.splice(insertAt, 0, synth);
    insertAt++;
    ctx.warn(fieldsPath, `required field "${r.name}" is missing; synthesised as ${r.kind}`);
  }
  const spec: EntitySpec = { name: source, idPrefix: idPrefix as string, fields };
  if (typeof raw['description'] === 'string') spec.description = raw['description'];
  return spec;
}
