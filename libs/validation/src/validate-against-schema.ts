import type { JsonSchema, JsonType } from './json-schema';

function typeOf(value: unknown): JsonType | 'undefined' | 'other' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'object':
      return typeof value as JsonType;
    case 'number':
      return Number.isFinite(value) ? (Number.isInteger(value) ? 'integer' : 'number') : 'other';
    case 'undefined':
      return 'undefined';
    default:
      return 'other';
  }
}

function matchesType(actual: ReturnType<typeof typeOf>, wanted: JsonType): boolean {
  return actual === wanted || (wanted === 'number' && actual === 'integer');
}

const isPlainKey = (k: string) => /^[A-Za-z_$][\w$]*$/.test(k);
const child = (path: string, key: string) => (isPlainKey(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);

/**
 * Checks a value against a JSON Schema subset (type, required, properties, additionalProperties,
 * items, enum, minimum, maximum) and returns one message per problem, each starting with the JSON
 * path (`$.versions.faker: ...`); `[]` means valid. No dependency: enough for `summarySchema`.
 *
 * @example
 * validateAgainstSchema({ seed: 'x' }, { type: 'object', properties: { seed: { type: 'integer' } } });
 * // ["$.seed: expected integer, got string"]
 */
export function validateAgainstSchema(value: unknown, schema: JsonSchema, path = '$'): string[] {
  const errors: string[] = [];
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const wanted = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!wanted.some((t) => matchesType(actual, t))) {
      const got = actual === 'integer' ? 'number' : actual === 'other' ? String(value) : actual;
      return [`${path}: expected ${wanted.join(' or ')}, got ${got}`];
    }
  }
  if (schema.enum && !schema.enum.some((e) => e === value)) {
    errors.push(
      `${path}: ${JSON.stringify(value)} is not one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`,
    );
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      errors.push(`${path}: ${value} is less than the minimum ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum)
      errors.push(`${path}: ${value} is more than the maximum ${schema.maximum}`);
  }
  if (actual === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!(key in obj) || obj[key] === undefined) errors.push(`${path}: missing required property '${key}'`);
    }
    for (const [key, v] of Object.entries(obj)) {
      if (v === undefined) continue;
      const sub = schema.properties?.[key];
      if (sub) errors.push(...validateAgainstSchema(v, sub, child(path, key)));
      else if (schema.additionalProperties === false) errors.push(`${child(path, key)}: unexpected property`);
      else if (typeof schema.additionalProperties === 'object') {
        errors.push(...validateAgainstSchema(v, schema.additionalProperties, child(path, key)));
      }
    }
  }
  if (actual === 'array' && schema.items) {
    (value as unknown[]).forEach((item, i) =>
      errors.push(...validateAgainstSchema(item, schema.items as JsonSchema, `${path}[${i}]`)),
    );
  }
  return errors;
}
