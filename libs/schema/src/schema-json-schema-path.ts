import { join } from 'node:path';

/**
 * Absolute path of the JSON Schema (draft 2020-12) that describes schema files, shipped with this
 * package as `@synth/schema/automotive-schemas.schema.json`. Editors use it through `"$schema"`.
 *
 * @example
 * JSON.parse(fs.readFileSync(SCHEMA_JSON_SCHEMA_PATH, 'utf8')).title; // 'synth schema file'
 */
export const SCHEMA_JSON_SCHEMA_PATH: string = join(__dirname, '..', 'automotive-schemas.schema.json');
