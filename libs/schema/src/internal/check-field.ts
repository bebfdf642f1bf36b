import { FIELD_KINDS, PII_KINDS, type FieldKind } from '../field-kind';
import { GENERATOR_HINTS, type GeneratorHint } from '../generator-hints';
import type { FieldSpec } from '../schema-spec';
import { childPath } from './parse-json';
import { checkProperties, isObject, typeName, type CheckContext } from './context';

const FIELD_PROPERTIES = [
  'name',
  'type',
  'required',
  'nullShare',
  'pii',
  'values',
  'weights',
  'hint',
  'min',
  'max',
  'description',
];

const optionalNumber = (
  ctx: CheckContext,
  raw: Record<string, unknown>,
  path: string,
  key: string,
): number | undefined => {
  const v = raw[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number') throw ctx.error(childPath(path, key), `must be a number, got ${typeName(v)}`);
  return v;
};

/** Checks one field object and returns its spec (defaults filled in). */
export function checkField(ctx: CheckContext, raw: unknown, path: string): FieldSpec {
  if (!isObject(raw)) throw ctx.error(path, `a field must be an object, got ${typeName(raw)}`);
  checkProperties(ctx, raw, path, FIELD_PROPERTIES);
  const name = raw['name'];
  if (typeof name !== 'string' || !/^[a-z][a-z0-9_]*$/.test(name)) {
    throw ctx.error(
      childPath(path, 'name'),
      `a field name must be a snake_case string, got ${JSON.stringify(name ?? null)}`,
    );
  }
  const kind = raw['type'];
  if (typeof kind !== 'string' || !(FIELD_KINDS as readonly string[]).includes(kind)) {
    throw ctx.error(
      childPath(path, 'type'),
      `unknown type ${JSON.stringify(kind ?? null)}; allowed: ${FIELD_KINDS.join(', ')}`,
    );
  }
  const required = raw['required'] ?? false;
  if (typeof required !== 'boolean')
    throw ctx.error(childPath(path, 'required'), `must be true or false, got ${typeName(required)}`);
  const nullShare = optionalNumber(ctx, raw, path, 'nullShare') ?? 0;
  if (nullShare < 0 || nullShare > 1)
    throw ctx.error(childPath(path, 'nullShare'), `must be between 0 and 1, got ${nullShare}`);
  const pii = raw['pii'] ?? PII_KINDS.includes(kind as FieldKind);
  if (typeof pii !== 'boolean') throw ctx.error(childPath(path, 'pii'), `must be true or false, got ${typeName(pii)}`);
  const spec: FieldSpec = { name, kind: kind as FieldKind, required, nullShare, pii };

  const hint = raw['hint'];
  if (hint !== undefined) {
    if (typeof hint !== 'string' || !(GENERATOR_HINTS as readonly string[]).includes(hint)) {
      throw ctx.error(
        childPath(path, 'hint'),
        `unknown hint ${JSON.stringify(hint)}; allowed: ${GENERATOR_HINTS.join(', ')}`,
      );
    }
    spec.hint = hint as GeneratorHint;
  }
  const values = raw['values'];
  if (values !== undefined) {
    if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'string')) {
      throw ctx.error(childPath(path, 'values'), 'must be a non-empty array of strings');
    }
    spec.values = values as string[];
  }
  if (kind === 'enum' && spec.values === undefined)
    throw ctx.error(path, 'an enum field needs "values" (a non-empty array of strings)');
  const weights = raw['weights'];
  if (weights !== undefined) {
    const ok =
      Array.isArray(weights) && weights.every((w) => typeof w === 'number' && w >= 0) && weights.some((w) => w > 0);
    if (!ok || weights.length !== spec.values?.length) {
      throw ctx.error(
        childPath(path, 'weights'),
        `must be non-negative numbers, one per value (${spec.values?.length ?? 0})`,
      );
    }
    spec.weights = weights as number[];
  }
  const min = optionalNumber(ctx, raw, path, 'min');
  const max = optionalNumber(ctx, raw, path, 'max');
  if (min !== undefined) spec.min = min;
  if (max !== undefined) spec.max = max;
  if (min !== undefined && max !== undefined && min > max)
    throw ctx.error(childPath(path, 'min'), `min (${min}) must not exceed max (${max})`);
  const description = raw['description'];
  if (typeof description === 'string') spec.description = description;
  return spec;
}
