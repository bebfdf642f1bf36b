/**
 * The one error class of `@synth/schema`: a schema file that cannot be used. The message names the
 * file, the position (line:column when known), the JSON path and what is allowed.
 *
 * @example
 * try { parseSchema(text, 'automotive_schemas.json'); }
 * catch (e) { if (e instanceof SchemaError) console.error(e.path, e.line, e.column); }
 */
export class SchemaError extends Error {
  override readonly name = 'SchemaError';

  constructor(
    readonly file: string,
    readonly path: string,
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    const where = line === undefined ? file : `${file}:${line}:${column}`;
    super(path === '' ? `${where}: ${detail}` : `${where}: ${path}: ${detail}`);
  }
}
