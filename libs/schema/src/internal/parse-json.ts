/** Where a JSON value starts in the text (1-based). */
export interface JsonPosition {
  line: number;
  column: number;
}

/** A syntax error with its position; `parseSchema` turns it into a `SchemaError`. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly detail: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${line}:${column}: ${detail}`);
  }
}

/** Appends a key or index to a JSON path: `$.a`, `$.a[0]`, `$["odd key"]`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

const describe = (ch: string | undefined): string => (ch === undefined ? 'end of input' : `'${ch}'`);

/**
 * A strict JSON parser (RFC 8259) that also records where each value starts, keyed by JSON path,
 * so structural errors can name a line and column. Errors name what was found and what was expected.
 */
export function parseJson(text: string): { value: unknown; positions: Map<string, JsonPosition> } {
  const positions = new Map<string, JsonPosition>();
  let i = 0;
  let line = 1;
  let lineStart = 0;

  const fail = (detail: string, at = i): never => {
    let l = 1;
    let start = 0;
    for (let k = 0; k < at && k < text.length; k++) {
      if (text[k] === '\n') {
        l++;
        start = k + 1;
      }
    }
    throw new JsonSyntaxError(detail, l, at - start + 1);
  };
  const skip = () => {
    while (i < text.length) {
      const c = text[i];
      if (c === '\n') {
        line++;
        lineStart = i + 1;
      } else if (c !== ' ' && c !== '\t' && c !== '\r') break;
      i++;
    }
  };
  const expect = (ch: string, what: string) => {
    if (text[i] !== ch) fail(`expected ${what} but found ${describe(text[i])}`);
    i++;
  };

  const parseString = (): string => {
    const start = i;
    i++;
    let out = '';
    for (;;) {
      const c = text[i];
      if (c === undefined || c === '\n') fail('unterminated string', start);
      if (c === '"') break;
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail(`invalid escape sequence in string`);
      } else if (c < ' ') {
        fail('control character in string');
      } else {
        out += c;
        i++;
      }
    }
    i++;
    return out;
  };

  const parseValue = (path: string): unknown => {
    skip();
    positions.set(path, { line, column: i - lineStart + 1 });
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      skip();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        skip();
        if (text[i] !== '"') fail(`expected a property name in double quotes but found ${describe(text[i])}`);
        const key = parseString();
        skip();
        expect(':', "':'");
        obj[key] = parseValue(childPath(path, key));
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect('}', "',' or '}'");
        return obj;
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      skip();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue(childPath(path, arr.length)));
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect(']', "',' or ']'");
        return arr;
      }
    }
    if (c === '"') return parseString();
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (m && m[0] !== '-') {
      i += m[0].length;
      return Number(m[0]);
    }
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    return fail(`expected a JSON value but found ${describe(c)}`);
  };

  const value = parseValue('$');
  skip();
  if (i < text.length) fail(`unexpected ${describe(text[i])} after the end of the JSON value`);
  return { value, positions };
}
