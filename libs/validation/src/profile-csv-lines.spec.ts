import fc from 'fast-check';
import { createPartProfiler, type ColumnProfilePart } from './profile-columns';

const encoder = new TextEncoder();

/** A field as a CSV writer (RFC 4180, csv-stringify's defaults) writes it: quoted only when it must be. */
const field = (value: string | undefined) =>
  value === undefined ? '' : /[,"\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/**
 * The CSV bytes of `rows` on `columns` after `prefix` (bytes that are not theirs), and where each row's line
 * starts: what a `CsvBytes` that the rows were added to holds.
 */
function csvLines(columns: readonly string[], rows: readonly Record<string, string>[], prefix = '') {
  const starts: number[] = [];
  const lines = rows.map((row) => encoder.encode(columns.map((name) => field(row[name])).join(',') + '\n'));
  let at = encoder.encode(prefix).length;
  const csv = new Uint8Array(at + lines.reduce((n, line) => n + line.length, 0));
  csv.set(encoder.encode(prefix));
  for (const line of lines) {
    starts.push(at);
    csv.set(line, at);
    at += line.length;
  }
  return { csv, starts };
}

/** A part with its typed arrays as text (Jest compares a 16 KiB sketch element by element, slowly). */
const comparable = (part: ColumnProfilePart) => ({
  ...part,
  hashes: part.hashes.map((h) => h.join()),
  sketches: part.sketches?.map((s) => s && Buffer.from(s).toString('base64')),
});

const names = ['id', 'a', 'b', 'c'];
/** Values of every kind a line can hold: plain, empty, missing, non-ASCII, commas, quotes, line breaks. */
const value = fc.oneof(
  fc.constantFrom('', 'x', 'y', 'Zoë', 'a,b', 'say "hi"', 'two\nlines', '\r', ' '),
  fc.string({ maxLength: 6 }),
  fc.string({ maxLength: 4, unit: 'grapheme' }),
  fc.nat(3000).map(String),
);
const row = fc.record({ id: fc.nat(500).map((n) => `L${n}`), a: value, b: value, c: value }, { requiredKeys: ['id'] });

describe('PartProfiler.addCsvLines', () => {
  it('should give the part that add gives of the same rows, lines plain or not, sketched too (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(row, { maxLength: 200 }), { maxLength: 4 }),
        fc.subarray(names),
        fc.string({ maxLength: 3 }),
        (batches, sketchOnly, prefix) => {
          const byLines = createPartProfiler(names, { sketchOnly });
          const byRows = createPartProfiler(names, { sketchOnly });
          for (const batch of batches as Record<string, string>[][]) {
            const { csv, starts } = csvLines(names, batch, prefix);
            byLines.addCsvLines(batch, csv, starts);
            byRows.add(batch);
          }
          expect(comparable(byLines.finish())).toEqual(comparable(byRows.finish()));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('should leave pre-hashed columns to addHashes, as add does', () => {
    const rows: Record<string, string>[] = [{ id: 'L1', a: 'x' }, { id: 'L2', a: 'Zoë' }, { id: 'L3' }];
    const { csv, starts } = csvLines(['id', 'a'], rows);
    const byLines = createPartProfiler(['id', 'a'], { preHashed: ['id'] });
    const byRows = createPartProfiler(['id', 'a'], { preHashed: ['id'] });
    byLines.addCsvLines(rows, csv, starts);
    byRows.add(rows);
    for (const profiler of [byLines, byRows]) profiler.addHashes('id', Uint32Array.of(1, 2, 3, 4, 5, 6), 0);
    const part = byLines.finish();
    expect(part).toEqual(byRows.finish());
    expect(part.nulls).toEqual([0, 1]);
  });

  it('should read a row from its values where its line is not one of its columns', () => {
    const rows = [{ a: 'x', b: 'y' }];
    const byRows = createPartProfiler(['a', 'b']);
    byRows.add(rows);
    const expected = byRows.finish();
    // A line with a field too many, one too few, and no line end: each row is read from its values.
    for (const text of ['x,y,z\n', 'x\n', 'x,y']) {
      const byLines = createPartProfiler(['a', 'b']);
      byLines.addCsvLines(rows, encoder.encode(text), [0]);
      expect(byLines.finish()).toEqual(expected);
    }
  });

  it('should give the part of add for more rows than one chunk takes, in one call', () => {
    const columns = ['id', 'a'];
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ id: `L${i}`, a: i % 7 === 0 ? 'x,y' : `v${i % 300}` }));
    const { csv, starts } = csvLines(columns, rows);
    const byRows = createPartProfiler(columns);
    byRows.add(rows);
    const byLines = createPartProfiler(columns);
    byLines.addCsvLines(rows, csv, starts);
    expect(comparable(byLines.finish())).toEqual(comparable(byRows.finish()));
  });

  it('should want a line start per row', () => {
    const profiler = createPartProfiler(['a']);
    expect(() => profiler.addCsvLines([{ a: 'x' }, { a: 'y' }], encoder.encode('x\ny\n'), [0])).toThrow(RangeError);
  });
});
