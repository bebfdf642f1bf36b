import type { JsonSchema } from './json-schema';
import { validateAgainstSchema } from './validate-against-schema';

describe(validateAgainstSchema, () => {
  it.each<[string, unknown, JsonSchema, string[]]>([
    ['a matching string', 'x', { type: 'string' }, []],
    ['an integer as number', 3, { type: 'number' }, []],
    ['a fraction as integer', 1.5, { type: 'integer' }, ['$: expected integer, got number']],
    ['null where null is allowed', null, { type: ['number', 'null'] }, []],
    ['null where it is not', null, { type: 'number' }, ['$: expected number, got null']],
    ['NaN', Number.NaN, { type: 'number' }, ['$: expected number, got NaN']],
    ['an array for an object', [], { type: 'object' }, ['$: expected object, got array']],
    ['a value outside the enum', 'x', { enum: ['a', 'b'] }, ['$: "x" is not one of "a", "b"']],
    ['a value below the minimum', -1, { type: 'integer', minimum: 0 }, ['$: -1 is less than the minimum 0']],
    ['a value above the maximum', 1.5, { type: 'number', maximum: 1 }, ['$: 1.5 is more than the maximum 1']],
    ['a missing required key', {}, { type: 'object', required: ['seed'] }, ["$: missing required property 'seed'"]],
    [
      'an unexpected key',
      { a: 1, b: 2 },
      { type: 'object', properties: { a: {} }, additionalProperties: false },
      ['$.b: unexpected property'],
    ],
    [
      'additional values against a schema',
      { x: 1, 'odd key': 'y' },
      { type: 'object', additionalProperties: { type: 'integer' } },
      ['$["odd key"]: expected integer, got string'],
    ],
    [
      'array items',
      [1, 'two', 3],
      { type: 'array', items: { type: 'integer' } },
      ['$[1]: expected integer, got string'],
    ],
    [
      'nested paths',
      { a: { b: [{ c: true }] } },
      {
        type: 'object',
        properties: {
          a: {
            type: 'object',
            properties: { b: { type: 'array', items: { type: 'object', properties: { c: { type: 'string' } } } } },
          },
        },
      },
      ['$.a.b[0].c: expected string, got boolean'],
    ],
  ])('should check %s', (_, value, schema, errors) => {
    expect(validateAgainstSchema(value, schema)).toEqual(errors);
  });

  it('should report every problem, not only the first', () => {
    const schema: JsonSchema = { type: 'object', required: ['a', 'b'], properties: { c: { type: 'string' } } };
    expect(validateAgainstSchema({ c: 1 }, schema)).toEqual([
      "$: missing required property 'a'",
      "$: missing required property 'b'",
      '$.c: expected string, got number',
    ]);
  });
});
