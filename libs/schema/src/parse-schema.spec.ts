import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELD_KINDS } from './field-kind';
import { GENERATOR_HINTS } from './generator-hints';
import { loadSchema } from './load-schema';
import { parseSchema } from './parse-schema';
import { REQUIRED_FIELDS } from './required-fields';
import { SchemaError } from './schema-error';
import { SCHEMA_JSON_SCHEMA_PATH } from './schema-json-schema-path';
import { SOURCES } from './source';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mutable JSON document under test
type Doc = Record<string, any>;

const ROOT_FILE = join(__dirname, '..', '..', '..', 'automotive_schemas.json');
const shipped = (): Doc => JSON.parse(readFileSync(ROOT_FILE, 'utf8'));
const parseObj = (obj: unknown) => parseSchema(JSON.stringify(obj, null, 2), 'test.json');
const catchError = (f: () => unknown): SchemaError => {
  try {
    f();
  } catch (e) {
    if (e instanceof SchemaError) return e;
    throw e;
  }
  throw new Error('expected a SchemaError');
};

describe(parseSchema, () => {
  it('should load the shipped automotive_schemas.json without warnings', () => {
    const { schema, warnings } = loadSchema(ROOT_FILE);
    expect(warnings).toEqual([]);
    for (const source of SOURCES) {
      const names = schema.entities[source].fields.map((f) => f.name);
      expect(names.slice(0, REQUIRED_FIELDS[source].length)).toEqual(REQUIRED_FIELDS[source].map((r) => r.name));
      expect(schema.entities[source].fields.length).toBeGreaterThan(REQUIRED_FIELDS[source].length + 5);
    }
    expect(schema.entities.leads.idPrefix).toBe('L');
    expect(schema.entities.sales.fields.find((f) => f.name === 'vin')?.hint).toBe('vin');
    expect(schema.entities.leads.fields.find((f) => f.name === 'email')).toMatchObject({
      kind: 'email',
      required: true,
      pii: true,
    });
  });

  it('should report malformed JSON with line and column', () => {
    const err = catchError(() => parseSchema('{\n  "entities": {\n    "leads": ,\n  }\n}', 'bad.json'));
    expect(err.message).toBe("bad.json:3:14: invalid JSON: expected a JSON value but found ','");
    expect([err.line, err.column, err.path]).toEqual([3, 14, '']);
  });

  it.each([
    ['{"a": 1', "bad.json:1:8: invalid JSON: expected ',' or '}' but found end of input"],
    ['{"a": "x\n"}', 'bad.json:1:7: invalid JSON: unterminated string'],
    ['{a: 1}', "bad.json:1:2: invalid JSON: expected a property name in double quotes but found 'a'"],
    ['{} x', "bad.json:1:4: invalid JSON: unexpected 'x' after the end of the JSON value"],
    ['[1, 2', "bad.json:1:6: invalid JSON: expected ',' or ']' but found end of input"],
  ])('should reject %j with an exact message', (text, message) => {
    expect(() => parseSchema(text, 'bad.json')).toThrow(message);
  });

  it('should name the JSON path, position and allowed values for an unknown type', () => {
    const doc = shipped();
    doc.entities.sales.fields[3].type = 'currency';
    const err = catchError(() => parseObj(doc));
    expect(err.path).toBe('$.entities.sales.fields[3].type');
    expect(err.message).toBe(
      `test.json:${err.line}:${err.column}: $.entities.sales.fields[3].type: ` +
        `unknown type "currency"; allowed: ${FIELD_KINDS.join(', ')}`,
    );
    expect(err.line).toBeGreaterThan(1);
  });

  it('should reject an empty entity', () => {
    const doc = shipped();
    doc.entities.financial.fields = [];
    const err = catchError(() => parseObj(doc));
    expect(err.message).toBe(
      `test.json:${err.line}:${err.column}: $.entities.financial.fields: an entity needs at least one field`,
    );
    expect(err.path).toBe('$.entities.financial.fields');
    expect(err.line).toBeGreaterThan(1);
  });

  it.each([
    [
      (d: Doc) => delete d.entities.sales,
      'test.json:6:15: $.entities: missing entity "sales"; required: leads, sales, financial',
    ],
    [
      (d: Doc) => (d.entities.crm = d.entities.leads),
      /\$\.entities\.crm: unknown entity "crm"; allowed: leads, sales, financial$/,
    ],
    [
      (d: Doc) => (d.entities.leads.fields[1].nullShare = 2),
      /\$\.entities\.leads\.fields\[1\]\.nullShare: must be between 0 and 1, got 2$/,
    ],
    [
      (d: Doc) => (d.entities.leads.fields[2].name = 'Phone No'),
      /fields\[2\]\.name: a field name must be a snake_case string, got "Phone No"$/,
    ],
    [(d: Doc) => (d.entities.leads.fields[3].name = 'email'), /fields\[3\]\.name: duplicate field name "email"$/],
    [
      (d: Doc) => (d.entities.leads.fields[13].hint = 'colour'),
      new RegExp(`hint: unknown hint "colour"; allowed: ${GENERATOR_HINTS.join(', ')}$`),
    ],
    [
      (d: Doc) => delete d.entities.leads.fields[11].values,
      /fields\[11\]: an enum field needs "values" \(a non-empty array of strings\)$/,
    ],
    [
      (d: Doc) => (d.entities.sales.idPrefix = 'L'),
      /\$\.entities: id prefixes must differ between entities, got L, L, F$/,
    ],
    [(d: Doc) => (d.entities = []), /\$\.entities: "entities" must be an object with keys leads, sales, financial$/],
  ])('should reject structural error %#', (mutate, message) => {
    const doc = shipped();
    mutate(doc);
    expect(() => parseObj(doc)).toThrow(message);
  });

  it('should synthesise a missing required field in its place and warn', () => {
    const doc = shipped();
    doc.entities.leads.fields = doc.entities.leads.fields.filter(
      (f: { name: string }) => f.name !== 'created_at' && f.name !== 'phone',
    );
    const { schema, warnings } = parseObj(doc);
    expect(warnings.map((w) => w.message)).toEqual([
      'test.json: $.entities.leads.fields: required field "phone" is missing; synthesised as phone',
      'test.json: $.entities.leads.fields: required field "created_at" is missing; synthesised as datetime',
    ]);
    const names = schema.entities.leads.fields.map((f) => f.name);
    expect(names.slice(0, 13)).toEqual(REQUIRED_FIELDS.leads.map((r) => r.name));
    expect(schema.entities.leads.fields[12]).toEqual({
      name: 'created_at',
      kind: 'datetime',
      required: true,
      nullShare: 0,
      pii: false,
      hint: 'lead_created_at',
    });
  });

  it('should accept an unknown field, generated from its type, with a warning', () => {
    const doc = shipped();
    doc.entities.sales.fields.push(
      { name: 'stock_number', type: 'string', nullShare: 0.1 },
      { name: 'colour', type: 'enum', values: ['red', 'blue'] },
    );
    doc.entities.sales.extra = true;
    const { schema, warnings } = parseObj(doc);
    expect(warnings.map((w) => w.message)).toEqual([
      'test.json: $.entities.sales: unknown property "extra" ignored; allowed: idPrefix, description, fields',
      'test.json: $.entities.sales.fields: unknown field "stock_number" (no hint) is generated from its type "string"',
    ]);
    expect(schema.entities.sales.fields.at(-2)).toEqual({
      name: 'stock_number',
      kind: 'string',
      required: false,
      nullShare: 0.1,
      pii: false,
    });
  });
});

describe(loadSchema, () => {
  it('should turn an unreadable file into a SchemaError', () => {
    expect(() => loadSchema('/nonexistent/s.json')).toThrow('s.json: cannot read the schema file (ENOENT)');
  });
});

describe('SCHEMA_JSON_SCHEMA_PATH', () => {
  it('should point to a JSON Schema whose types and hints match the parser', () => {
    const js = JSON.parse(readFileSync(SCHEMA_JSON_SCHEMA_PATH, 'utf8'));
    expect(js.$defs.field.properties.type.enum).toEqual([...FIELD_KINDS]);
    expect(js.$defs.field.properties.hint.enum).toEqual([...GENERATOR_HINTS]);
    expect(shipped().$schema).toBe('./libs/schema/automotive-schemas.schema.json');
  });
});
