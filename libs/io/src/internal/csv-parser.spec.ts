import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { CsvParser } from './csv-parser';

/** Our parser over `text` cut into chunks at `cuts`: records and line numbers. */
function ours(text: string, cuts: number[]): { fields: string[]; line: number }[] {
  const out: { fields: string[]; line: number }[] = [];
  const emit = (fields: string[], line: number) => out.push({ fields, line });
  const p = new CsvParser();
  let last = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    p.push(text.slice(last, c), emit);
    last = c;
  }
  p.push(text.slice(last), emit);
  p.end(emit);
  return out;
}

/** csv-parse, the reference: records and the line each ends on. */
function reference(text: string): { fields: string[]; line: number }[] {
  return (
    parse(text, { info: true, relax_column_count: true }) as unknown as { record: string[]; info: { lines: number } }[]
  ).map((r) => ({
    fields: r.record,
    line: r.info.lines,
  }));
}

const awkward = fc.oneof(
  fc.string(),
  fc.constantFrom('', ',', '"', '""', 'a,b', 'say "hi"', 'multi\nline', ' padded ', 'Ünïcödé ✓', "O'Neil"),
);

describe(CsvParser, () => {
  it('should give exactly the records and line numbers of csv-parse, however the text is chunked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(awkward, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.boolean(),
        (rows, cutSeeds, finalNewline) => {
          let text = stringify(rows);
          if (!finalNewline) text = text.replace(/\n$/, '');
          const cuts = cutSeeds.map((c) => c % (text.length + 1));
          expect(ours(text, cuts)).toEqual(reference(text));
        },
      ),
    );
  });

  it.each([
    [
      'plain lines',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF line ends',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['an escaped quote', 'a\n"x ""y"" z"\n', [['a'], ['x "y" z']]],
    [
      'a quoted newline',
      'a,b\n"1\n2",3\n',
      [
        ['a', 'b'],
        ['1\n2', '3'],
      ],
    ],
    [
      'no final newline',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['empty fields', ',,\n', [['', '', '']]],
  ])('should parse %s', (_, text, fields) => {
    expect(ours(text, []).map((r) => r.fields)).toEqual(fields);
  });

  it('should refuse an unclosed quote at the end of the file', () => {
    expect(() => ours('a\n"open\n', [])).toThrow('unclosed quoted field at the end of the file');
  });
});
