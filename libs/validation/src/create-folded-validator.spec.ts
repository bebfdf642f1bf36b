import { SOURCES, type Source } from '@synth/schema';
import { createBlockChecker, type BlockChecks } from './create-block-checker';
import { createFoldedValidator, type FileFacts } from './create-folded-validator';
import { fixtureGates, goodDataset, schema, validate, type Dataset } from './testing-internal/dataset-fixture';
import { FILE_CHECKS, VALIDATION_CHECKS } from './validation-checks';
import type { ValidationReport } from './validation-report';

/** The fixture's entities 0-5, 6-8 and 9-11 (train, valid, test) make blocks 0, 1 and 2. */
const blockOfIndex = (i: number) => (Number.isInteger(i) && i >= 0 && i < 6 ? 0 : i >= 6 && i < 9 ? 1 : 2);
const blockOfId = (id: unknown) => blockOfIndex(Number(String(id).slice(1)));
const blockOfSplit = (split: unknown) => ({ train: 0, valid: 1 })[String(split)] ?? 2;

/** Checks a dataset block by block, as a generating run does, and merges the blocks. */
function foldedReport(d: Dataset, facts?: FileFacts): ValidationReport {
  const blocks = [0, 1, 2].map((block) => createBlockChecker({ schema, columns: d.columns, block }));
  for (const source of SOURCES) d.records[source].forEach((row, i) => blocks[blockOfIndex(i)].addRecord(source, row));
  for (const row of d.truth) blocks[blockOfId(row['id'])].addTruth(row);
  for (const { file, pair } of d.pairs) blocks[blockOfSplit(pair['split'])].addPair(pair, file);
  // Through a structured clone, as from a worker thread.
  const parts: BlockChecks[] = blocks.map((b) => structuredClone(b.finish()));
  const v = createFoldedValidator({ schema, gates: fixtureGates });
  for (const part of parts) v.addBlock(part);
  v.addFiles(facts ?? { columns: d.columns, csv: [], parquet: [] });
  return v.finish();
}

/** What must agree with a re-read: every figure but the examples' wording. */
const counts = (r: ValidationReport) =>
  r.checks
    .filter((c) => VALIDATION_CHECKS.some((v) => v.name === c.name))
    .map(({ name, ok, checked, failed, detail }) => ({ name, ok, checked, failed, detail }));

const spoil = (f: (d: Dataset) => void): Dataset => {
  const d = goodDataset();
  f(d);
  return d;
};

describe(createFoldedValidator, () => {
  it('should report every check with where it ran, in VALIDATION_CHECKS then FILE_CHECKS order', () => {
    const report = foldedReport(goodDataset());
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.name)).toEqual([...VALIDATION_CHECKS, ...FILE_CHECKS].map((c) => c.name));
    expect(report.checks.find((c) => c.name === 'email_format')?.where).toBe('block');
    expect(report.checks.find((c) => c.name === 'unique_ids')?.where).toBe('merge');
    expect(report.checks.find((c) => c.name === 'csv_rows')?.where).toBe('file');
    expect(counts(report)).toEqual(counts(validate(goodDataset())));
  });

  it.each<[string, (d: Dataset) => void]>([
    ['email_format', (d) => (d.records.leads[1]['email'] = 'x')],
    ['phone_format', (d) => (d.records.sales[7]['phone'] = '123')],
    ['required_columns', (d) => (d.columns.leads = d.columns.leads.filter((c) => c !== 'email'))],
    ['unique_ids', (d) => (d.records.sales[2]['id'] = 'S1')],
    ['unique_ids', (d) => (d.records.sales[10]['id'] = 'S1')],
    ['unique_ids', (d) => (d.records.leads[0]['id'] = '')],
    ['truth_complete', (d) => d.truth.splice(12, 1)],
    ['truth_complete', (d) => d.truth.push({ source: 'leads', id: 'L99' })],
    ['truth_complete', (d) => d.truth.push({ ...d.truth[0], id: 'L0' }, { source: 'sales', id: 'S7' })],
    ['truth_complete', (d) => d.truth.unshift({ source: 'crm', id: 'L0' })],
    ['pair_keys_present', (d) => (d.pairs[2].pair['pair_kind'] = 'neg_weird')],
    ['pair_label', (d) => (d.pairs[0].pair['y'] = 2)],
    ['pair_ids_exist', (d) => (d.pairs[1].pair['id_b'] = 'S99')],
    [
      'balance',
      (d) => (d.pairs = d.pairs.filter((p) => !['neg_random', 'neg_zip_house'].includes(`${p.pair['pair_kind']}`))),
    ],
  ])('should count %s failures as the re-read does', (name, f) => {
    const d = spoil(f);
    const folded = foldedReport(d);
    const reread = validate(d);
    expect(folded.checks.find((c) => c.name === name)?.ok).toBe(false);
    expect(counts(folded)).toEqual(counts(reread));
  });

  it('should find ids of another block that pairs and truth rows name', () => {
    const d = spoil((x) => {
      x.pairs[1].pair['id_b'] = 'S10';
      x.truth.push(x.truth.splice(0, 1)[0]);
    });
    // Splits are compared within a block (a generating run mines pairs within a block), so S10 of the test
    // block named by a train pair is no split conflict here, where the re-read finds one.
    const notDisjoint = (r: ValidationReport) => counts(r).filter((c) => c.name !== 'pair_split_disjoint');
    expect(notDisjoint(foldedReport(d))).toEqual(notDisjoint(validate(d)));
    expect(foldedReport(d).ok).toBe(true);
  });

  it('should name ids the blocks could not match, and hashes of others', () => {
    const d = spoil((x) => (x.records.sales[10]['id'] = 'S1'));
    const unique = foldedReport(d).checks.find((c) => c.name === 'unique_ids');
    expect(unique?.examples).toEqual(["sales.csv block 2: id 'S1' is not unique"]);
  });

  it('should check the files read back: headers, record counts, parquet footers', () => {
    const d = goodDataset();
    const columns = d.columns;
    const report = foldedReport(d, {
      columns,
      csv: [
        { file: 'leads.csv', header: columns.leads, expectedHeader: columns.leads, records: 12, expected: 12 },
        { file: 'sales.csv', header: ['id'], expectedHeader: columns.sales, records: 11, expected: 12 },
      ],
      parquet: [
        { file: 'train.parquet', rows: 30, rowGroups: [30], expected: 30 },
        { file: 'test.parquet', rows: 15, rowGroups: [10], expected: 14 },
      ],
    });
    const check = (n: string) => report.checks.find((c) => c.name === n);
    expect(check('csv_rows')).toMatchObject({ checked: 2, failed: 1 });
    expect(check('csv_rows')?.examples[0]).toMatch(
      /^sales\.csv: header is id, not id,.*; 11 records on disk, 12 written$/,
    );
    expect(check('parquet_rows')).toMatchObject({
      checked: 2,
      failed: 1,
      examples: ['test.parquet: footer counts 15 rows, its row groups 10; footer counts 15 rows, 14 written'],
    });
    expect(report.ok).toBe(false);
  });

  it('should list records without truth rows, source by source, before truth rows without records', () => {
    const d = spoil((x) => {
      const noTruth = new Set(['L1', 'S2', 'F0']);
      x.truth = x.truth.filter((row) => !noTruth.has(String(row['id'])));
      x.truth.push({ source: 'financial', id: 'F99' }, { source: 'leads', id: 'L99' });
    });
    const truth = foldedReport(d).checks.find((c) => c.name === 'truth_complete');
    expect(truth?.examples).toEqual([
      "leads.csv: id 'L1' has no truth row",
      "sales.csv: id 'S2' has no truth row",
      "financial.csv: id 'F0' has no truth row",
      "truth.csv: leads id 'L99' is not in leads.csv",
      "truth.csv: financial id 'F99' is not in financial.csv",
    ]);
  });
});

describe('record ids per source in a block', () => {
  it('should hash each distinct id once and keep strays by name', () => {
    const d = goodDataset();
    const checker = createBlockChecker({ schema, columns: d.columns, block: 0 });
    for (const row of d.records.leads.slice(0, 3)) checker.addRecord('leads', row);
    checker.addRecord('leads', d.records.leads[0]);
    checker.addTruth({ source: 'leads', id: 'L0' });
    const part = checker.finish();
    expect(part.recordIds.leads).toHaveLength(6);
    const empty: Record<Source, number> = { leads: 6, sales: 0, financial: 0 };
    for (const s of SOURCES) expect(part.recordIds[s]).toHaveLength(empty[s]);
    expect(part.strays).toEqual([
      { source: 'leads', id: 'L1' },
      { source: 'leads', id: 'L2' },
    ]);
    expect(part.checks.find((c) => c.name === 'unique_ids')).toMatchObject({ checked: 4, failed: 1 });
  });

  it("should list a check's examples source by source, however the sources' records interleave", () => {
    const d = goodDataset();
    /** unique_ids of a block given each source's first record twice, the sources fed in `order`. */
    const examples = (order: Source[]) => {
      const checker = createBlockChecker({ schema, columns: d.columns, block: 0 });
      for (let k = 0; k < 2; k++) for (const s of order) checker.addRecord(s, d.records[s][0]);
      return checker.finish().checks.find((c) => c.name === 'unique_ids')?.examples ?? [];
    };
    const bySource = examples(['leads', 'sales', 'financial']);
    expect(bySource).toHaveLength(3);
    expect(bySource.map((e) => e.split(' ')[0])).toEqual(['leads.csv', 'sales.csv', 'financial.csv']);
    expect(examples(['financial', 'sales', 'leads'])).toEqual(bySource);
    expect(examples(['sales', 'leads', 'financial'])).toEqual(bySource);
  });
});
