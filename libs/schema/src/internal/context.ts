import { SchemaError } from '../schema-error';
import type { SchemaWarning } from '../schema-spec';
import type { JsonPosition } from './parse-json';

/** What the checks share: the file name, value positions and the warnings collected so far. */
export class CheckContext {
  readonly warnings: SchemaWarning[] = [];

  constructor(
    readonly file: string,
    private readonly positions: Map<string, JsonPosition>,
  ) {}

  error(path: string, detail: string): SchemaError {
    const pos = this.positions.get(path);
    return new SchemaError(this.file, path, detail, pos?.line, pos?.column);
  }

  warn(path: string, detail: string): void {
    this.warnings.push({ file: this.file, path, message: `${this.file}: ${path}: ${detail}` });
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Warns about properties the format does not know (they are ignored). */
export function checkProperties(
  ctx: CheckContext,
  obj: Record<string, unknown>,
  path: string,
  allowed: readonly string[],
): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) ctx.warn(path, `unknown property "${key}" ignored; allowed: ${allowed.join(', ')}`);
  }
}
