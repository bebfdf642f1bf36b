import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { SOURCES } from '@synth/schema';
import { createDatasetValidator } from './create-dataset-validator';
import { goodDataset, N, schema, validate, type Dataset } from './testing-internal/dataset-fixture';
import { VALIDATION_CHECKS } from './validation-checks';
import { ValidationError } from './validation-error';
import type { ValidationReport } from './validation-report';

const checkOf = (report: ValidationReport, name: string) => {
  const check = report.checks.find((c) => c.name === name);
  if (!check) throw new Error(`no check ${name}`);
  return check;
};
const spoiled = (spoil: (d: Dataset) => void): Dataset => {
  const d = goodDataset();
  spoil(d);
  return d;
};
const sha = (s: string) => createHash('sha256').update(`salt${s}`).digest('hex');

describe(createDatasetValidator, () => {
  it('should pass a good dataset with every check, in the documented order', () => {
    const report = validate(goodDataset());
    expect(report.checks.map((c) => c.name)).toEqual(VALIDATION_CHECKS.map((c) => c.name));
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(checkOf(report, 'unique_ids')).toMatchObject({ checked: 3 * N, failed: 0, examples: [] });
    expect(checkOf(report, 'truth_complete').checked).toBe(6 * N);
    expect(checkOf(report, 'pair_ids_exist').checked).toBe(5 * N);
    expect(checkOf(report, 'balance').detail).toMatchObject({ positives: 12, negatives: 48, ratio: 4, min: 3, max: 5 });
    expect(checkOf(report, 'pii_hashed').detail).toEqual({ skipped: 'PII is plain in this run' });
  });

  it.each<[string, (d: Dataset) => void, string]>([
    [
      'required_columns',
      (d) => (d.columns.leads = d.columns.leads.filter((c) => c !== 'email')),
      "leads.csv: required column 'email' is missing",
    ],
    [
      'required_columns',
      (d) => (d.columns.financial = d.columns.financial.filter((c) => c !== 'billing_address')),
      "financial.csv: required column 'billing_address' is missing",
    ],
    ['email_format', (d) => (d.records.leads[1]['email'] = 'x'), "leads.csv line 3: email 'x' has no @"],
    [
      'email_format',
      (d) => (d.records.leads[0]['email'] = 'jane@localhost'),
      "leads.csv line 2: email 'jane@localhost' has no domain",
    ],
    [
      'email_format',
      (d) => (d.records.sales[2]['email'] = 'ja ne@example.com'),
      "sales.csv line 4: email 'ja ne@example.com' is not a plausible email address",
    ],
    [
      'phone_format',
      (d) => (d.records.leads[0]['phone'] = '123-4567'),
      "leads.csv line 2: phone '123-4567' is not a NANP phone number " +
        '(10 digits, or 11 with a leading 1, optional extension)',
    ],
    [
      'zip_format',
      (d) => (d.records.leads[0]['zip'] = 'K1A 0B1'),
      "leads.csv line 2: zip 'K1A 0B1' is not a US zip (12345 or 12345-6789)",
    ],
    [
      'zip_format',
      (d) => Object.assign(d.records.sales[0], { country: 'CA', zip: '10001' }),
      "sales.csv line 2: zip '10001' is not a CA postal code (A1A 1A1 or A1A1A1)",
    ],
    [
      'zip_format',
      (d) => (d.records.financial[0]['country'] = 'MX'),
      "financial.csv line 2: zip '10001' cannot be checked: country 'MX' is neither US nor CA",
    ],
    [
      'date_format',
      (d) => (d.records.sales[0]['order_date'] = '2023-02-29'),
      "sales.csv line 2: order_date '2023-02-29' is not a date (YYYY-MM-DD)",
    ],
    [
      'date_format',
      (d) => (d.records.leads[0]['created_at'] = '2024-05-01T25:00:00Z'),
      "leads.csv line 2: created_at '2024-05-01T25:00:00Z' is not an ISO 8601 date-time (YYYY-MM-DDThh:mm:ssZ)",
    ],
    [
      'date_format',
      (d) => (d.records.leads[0]['created_at'] = '2024-05-01'),
      "leads.csv line 2: created_at '2024-05-01' is not an ISO 8601 date-time (YYYY-MM-DDThh:mm:ssZ)",
    ],
    [
      'amount_format',
      (d) => (d.records.financial[0]['amount'] = '$1,200.00'),
      "financial.csv line 2: amount '$1,200.00' is not a number",
    ],
    [
      'amount_format',
      (d) => (d.records.sales[0]['vehicle_year'] = '2021.5'),
      "sales.csv line 2: vehicle_year '2021.5' is not an integer",
    ],
    ['unique_ids', (d) => (d.records.sales[2]['id'] = 'S1'), "sales.csv line 4: id 'S1' is not unique"],
    ['unique_ids', (d) => (d.records.leads[0]['id'] = ''), 'leads.csv line 2: id is empty'],
    ['truth_complete', (d) => d.truth.splice(N, 1), "sales.csv: id 'S0' has no truth row"],
    [
      'truth_complete',
      (d) => d.truth.push({ source: 'leads', id: 'L99' }),
      "truth.csv: leads id 'L99' is not in leads.csv",
    ],
    [
      'truth_complete',
      (d) => d.truth.push({ ...d.truth[0] }),
      `truth.csv line ${3 * N + 2}: leads id 'L0' has a second truth row`,
    ],
    [
      'truth_complete',
      (d) => d.truth.unshift({ source: 'crm', id: 'L0' }),
      "truth.csv line 2: source 'crm' is not leads, sales or financial",
    ],
    ['pair_keys_present', (d) => (d.pairs[0].pair['split'] = ''), 'train.parquet row 1: split is empty'],
    ['pair_keys_present', (d) => (d.pairs[1].pair['id_b'] = Number.NaN), 'train.parquet row 2: id_b is NaN'],
    ['pair_keys_present', (d) => (d.pairs[1].pair['src_b'] = null), 'train.parquet row 2: src_b is empty'],
    [
      'pair_keys_present',
      (d) => (d.pairs[2].pair['pair_kind'] = 'neg_weird'),
      "train.parquet row 3: pair_kind 'neg_weird' is unknown",
    ],
    [
      'pair_keys_present',
      (d) => (d.pairs[2].pair['src_a'] = 'crm'),
      "train.parquet row 3: src_a 'crm' is not leads, sales or financial",
    ],
    ['pair_label', (d) => (d.pairs[0].pair['y'] = 2), "train.parquet row 1: y is '2', not 0 or 1"],
    ['pair_label', (d) => (d.pairs[4].pair['y'] = 1), "train.parquet row 5: y is 1 but pair_kind is 'neg_random'"],
    ['pair_ids_exist', (d) => (d.pairs[1].pair['id_b'] = 'S99'), "train.parquet row 2: id_b 'S99' is not in sales.csv"],
    [
      'pair_ids_exist',
      (d) => Object.assign(d.pairs[1].pair, { id_a: 'L98', id_b: 'S99' }),
      "train.parquet row 2: id_a 'L98' is not in leads.csv; id_b 'S99' is not in sales.csv",
    ],
    [
      'pair_split_disjoint',
      (d) => (d.pairs[d.pairs.length - 1].pair['id_a'] = 'L0'),
      "test.parquet row 15: leads id 'L0' is in test and also in train",
    ],
    [
      'balance',
      (d) => (d.pairs = d.pairs.filter((p) => p.pair['pair_kind'] !== 'neg_random')),
      'pairs: 36 negatives per 12 positives = 3 negatives per positive, outside 3.5..5',
    ],
    [
      'gate_positives',
      (d) => (d.pairs = d.pairs.filter((p, i) => i > 0)),
      'pairs: 11 positives, fewer than the 12 required',
    ],
    [
      'gate_hard_negatives',
      (d) => (d.pairs[1].pair['pair_kind'] = 'neg_random'),
      'pairs: 35 hard negatives, fewer than the 36 required',
    ],
  ])('should fail %s with the example naming the place', (name, spoil, example) => {
    const gates = { minPositives: 12, minHardNegatives: 36, negRatio: { min: name === 'balance' ? 3.5 : 3, max: 5 } };
    const report = validate(spoiled(spoil), { gates });
    expect(report.ok).toBe(false);
    expect(checkOf(report, name)).toMatchObject({ ok: false, failed: 1, examples: [example] });
  });

  it('should fail balance above the maximum and without positives', () => {
    const tooMany = validate(goodDataset(), {
      gates: { minPositives: 0, minHardNegatives: 0, negRatio: { min: 1, max: 3 } },
    });
    expect(checkOf(tooMany, 'balance').examples).toEqual([
      'pairs: 48 negatives per 12 positives = 4 negatives per positive, outside 1..3',
    ]);
    const none = validate(spoiled((d) => (d.pairs = d.pairs.filter((p) => p.pair['y'] === 0))));
    expect(checkOf(none, 'balance').examples).toEqual([
      'pairs: no positives, so negatives per positive cannot be 3..5',
    ]);
  });

  it('should skip balance and the gates without gates, reporting the figures', () => {
    const report = validate(
      spoiled((d) => (d.pairs = d.pairs.slice(0, 3))),
      { gates: null },
    );
    expect(report.ok).toBe(true);
    expect(checkOf(report, 'gate_positives')).toMatchObject({
      ok: true,
      detail: { positives: 1, skipped: 'no gates for this run' },
    });
    expect(checkOf(report, 'balance').detail).toMatchObject({ positives: 1, negatives: 2, ratio: 2 });
  });

  it('should keep at most 5 examples and count every failure', () => {
    const report = validate(spoiled((d) => d.records.leads.forEach((r) => (r['email'] = 'nobody'))));
    expect(checkOf(report, 'email_format')).toMatchObject({ checked: 3 * N, failed: N });
    expect(checkOf(report, 'email_format').examples).toHaveLength(5);
  });

  it.each([
    ['zip', '10001-1234'],
    ['email', 'Jane.Doe@Example.CO.UK'],
    ['phone', '+1 212 555 0147 ext. 12'],
    ['phone', '212.555.0147'],
    ['created_at', '2024-05-01T10:00:00.123+02:00'],
    ['created_at', '2024-05-01T10:00'],
    ['budget', '-12'],
    ['email', ''],
  ])('should accept %s %j', (column, v) => {
    expect(validate(spoiled((d) => (d.records.leads[0][column] = v))).ok).toBe(true);
  });

  it('should accept CA postal codes with and without the space', () => {
    const report = validate(
      spoiled((d) => {
        Object.assign(d.records.leads[0], { country: 'CA', zip: 'K1A 0B1' });
        Object.assign(d.records.leads[1], { country: 'ca', zip: 'k1a0b1' });
      }),
    );
    expect(report.ok).toBe(true);
  });

  it('should check hashed PII for the hex shape and find plain values left over', () => {
    const hashed = spoiled((d) => {
      for (const source of SOURCES) {
        const pii = schema.entities[source].fields.filter((f) => f.pii).map((f) => f.name);
        for (const row of d.records[source]) for (const c of pii) if (row[c] !== '') row[c] = sha(row[c]);
      }
    });
    const ok = validate(hashed, { piiHashed: true });
    expect(ok.ok).toBe(true);
    expect(checkOf(ok, 'pii_hashed').checked).toBeGreaterThan(3 * N * 4);
    hashed.records.sales[0]['first_name'] = 'Alex';
    hashed.records.sales[1]['email'] = 'alex@example.com';
    const bad = validate(hashed, { piiHashed: true });
    expect(checkOf(bad, 'pii_hashed').examples).toEqual([
      "sales.csv line 2: first_name 'Alex' is not a 64-hex sha256 value",
      "sales.csv line 3: email 'alex@example.com' is not a 64-hex sha256 value",
    ]);
    expect(checkOf(bad, 'email_format').examples).toEqual([
      "sales.csv line 3: email 'alex@example.com' is not a 64-hex sha256 value",
    ]);
  });

  it('should resolve pair ids whose records arrive after the pairs', () => {
    const d = goodDataset();
    const v = createDatasetValidator({ schema, columns: d.columns, gates: null });
    for (const { file, pair } of d.pairs) v.addPair(pair, file);
    for (const source of SOURCES) d.records[source].forEach((row, i) => v.addRecord(source, row, i + 2));
    d.truth.forEach((row) => v.addTruth(row));
    expect(v.finish().ok).toBe(true);
  });

  it.each([
    [
      { minPositives: -1, minHardNegatives: 0, negRatio: { min: 3, max: 5 } },
      'gates.minPositives must be an integer >= 0, got -1',
    ],
    [
      { minPositives: 1, minHardNegatives: 0.5, negRatio: { min: 3, max: 5 } },
      'gates.minHardNegatives must be an integer >= 0, got 0.5',
    ],
    [
      { minPositives: 1, minHardNegatives: 1, negRatio: { min: 5, max: 3 } },
      'gates.negRatio must have 0 < min <= max, got 5..3',
    ],
  ])('should refuse the gates %j', (gates, message) => {
    expect(() => createDatasetValidator({ schema, columns: goodDataset().columns, gates })).toThrow(
      new ValidationError(message),
    );
  });

  it('should count exactly the repeated and empty ids (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6'), { maxLength: 30 }), (ids) => {
        const d = goodDataset();
        const v = createDatasetValidator({ schema, columns: d.columns, gates: null });
        ids.forEach((id, i) => v.addRecord('leads', { ...d.records.leads[0], id }, i + 2));
        const nonEmpty = ids.filter((id) => id !== '');
        const expected = ids.length - new Set(nonEmpty).size;
        expect(checkOf(v.finish(), 'unique_ids')).toMatchObject({ checked: ids.length, failed: expected });
      }),
    );
  });

  it('should refuse an unknown source', () => {
    const v = createDatasetValidator({ schema, columns: goodDataset().columns, gates: null });
    expect(() => v.addRecord('crm' as 'leads', {}, 2)).toThrow("Unknown source 'crm'");
  });
});
