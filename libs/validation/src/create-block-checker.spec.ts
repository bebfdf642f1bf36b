import fc from 'fast-check';
import { SOURCES, type Source } from '@synth/schema';
import { createBlockChecker } from './create-block-checker';
import { profileColumns } from './profile-columns';
import { goodDataset, N, schema } from './testing-internal/dataset-fixture';

/** Values that pass or fail the record checks: formats, empty values, repeated and empty ids. */
const anyValue = fc.constantFrom('', 'x', 'a@b', 'a@b.co', '555-0100', '12345', 'L1', 'S2', '2024-02-30', '1.5', 'US');

/** A spoiled value: source, record, column (by index into the source's columns) and the new value. */
const edit = fc.tuple(fc.constantFrom(...SOURCES), fc.nat(N - 1), fc.nat(40), anyValue);

describe(createBlockChecker, () => {
  it('should check records in batches as one by one: counts, examples, ids (property)', () => {
    fc.assert(
      fc.property(
        fc.array(edit, { maxLength: 12 }),
        fc.array(fc.nat(N), { maxLength: 4 }),
        fc.boolean(),
        (edits, cuts, piiHashed) => {
          const d = goodDataset();
          for (const [source, i, c, value] of edits) {
            const column = d.columns[source][c % d.columns[source].length];
            if (c >= 36) delete d.records[source][i][column];
            else d.records[source][i][column] = value;
          }
          const options = { schema, columns: d.columns, block: 2, piiHashed };
          const one = createBlockChecker(options);
          const batched = createBlockChecker(options);
          const bounds = [0, ...[...cuts].sort((x, y) => x - y), N];
          // The sources' batches interleave, as a block's do.
          for (let b = 1; b < bounds.length; b++)
            for (const source of SOURCES as readonly Source[]) {
              const rows = d.records[source].slice(bounds[b - 1], bounds[b]);
              for (const row of rows) one.addRecord(source, row);
              batched.addRecords(source, rows);
            }
          expect(batched.finish()).toEqual(one.finish());
        },
      ),
      { numRuns: 150 },
    );
  });

  it('should name a failing batch record by its id, or by its row when the id is empty', () => {
    const d = goodDataset();
    d.records.sales[3]['email'] = 'nobody';
    d.records.sales[5]['id'] = '';
    d.records.sales[5]['phone'] = '12';
    const checker = createBlockChecker({ schema, columns: d.columns, block: 4 });
    checker.addRecords('sales', d.records.sales.slice(0, 4));
    checker.addRecords('sales', d.records.sales.slice(4));
    const { checks } = checker.finish();
    const examplesOf = (name: string) => checks.find((c) => c.name === name)?.examples;
    expect(examplesOf('email_format')).toEqual(["sales.csv id 'S3': email 'nobody' has no @"]);
    expect(examplesOf('phone_format')?.[0]).toMatch(/^sales\.csv block 4 row 6: phone '12' is not a NANP/);
    expect(examplesOf('unique_ids')).toEqual(['sales.csv block 4 row 6: id is empty']);
  });

  it('should check a batch of many thousand records as one by one', () => {
    const d = goodDataset();
    const rows: Record<string, string>[] = Array.from({ length: 9000 }, (_, i) => ({
      ...d.records.leads[i % N],
      id: `L${i % 8500}`,
    }));
    rows[6000] = { ...rows[6000], email: 'nobody' };
    const options = { schema, columns: d.columns, block: 1 };
    const one = createBlockChecker(options);
    const batched = createBlockChecker(options);
    for (const row of rows) one.addRecord('leads', row);
    batched.addRecords('leads', rows);
    expect(batched.finish()).toEqual(one.finish());
  });

  it('should refuse an unknown source in a batch', () => {
    const checker = createBlockChecker({ schema, columns: goodDataset().columns, block: 0 });
    expect(() => checker.addRecords('crm' as Source, [])).toThrow("Unknown source 'crm'");
  });

  it("should give each source's id column as a part profiler hashes it, empty and repeated ids too", () => {
    const d = goodDataset();
    d.records.leads[2]['id'] = '';
    d.records.leads[5]['id'] = 'L4';
    delete d.records.sales[1]['id'];
    const checker = createBlockChecker({ schema, columns: d.columns, block: 0 });
    for (const source of SOURCES) {
      checker.addRecords(source, d.records[source].slice(0, 7));
      for (const row of d.records[source].slice(7)) checker.addRecord(source, row);
    }
    for (const source of SOURCES) {
      const part = profileColumns(['id'], d.records[source]);
      expect(checker.idColumn(source)).toEqual({ column: 'id', hashes: part.hashes[0], nulls: part.nulls[0] });
    }
  });

  it('should give the truth rows the very hashes of the records when they follow them, and apart otherwise', () => {
    const d = goodDataset();
    const inOrder = createBlockChecker({ schema, columns: d.columns, block: 0 });
    const shuffled = createBlockChecker({ schema, columns: d.columns, block: 0 });
    for (const source of SOURCES) {
      inOrder.addRecords(source, d.records[source]);
      shuffled.addRecords(source, d.records[source]);
    }
    for (const row of d.truth) inOrder.addTruth(row);
    for (const row of [...d.truth].reverse()) shuffled.addTruth(row);
    const a = inOrder.finish();
    const b = shuffled.finish();
    for (const source of SOURCES) {
      expect(a.truthIds[source]).toBe(a.recordIds[source]);
      expect(b.truthIds[source]).not.toBe(b.recordIds[source]);
    }
    expect(a).toEqual(b);
  });
});
