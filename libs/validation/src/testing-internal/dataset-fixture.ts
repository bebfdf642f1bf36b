import { join } from 'node:path';
import { loadSchema, SOURCES, type FieldSpec, type SchemaSpec, type Source } from '@synth/schema';
import { createDatasetValidator, type DatasetValidatorOptions } from '../create-dataset-validator';
import type { ValidationReport } from '../validation-report';

/** The shipped automotive schema. */
export const schema: SchemaSpec = loadSchema(join(__dirname, '../../../../automotive_schemas.json')).schema;

/** Records per source in the fixture; record i of every source belongs to entity i. */
export const N = 12;
const SPLIT = (i: number) => (i < 6 ? 'train' : i < 9 ? 'valid' : 'test');
const GROUP = (i: number) => (i < 6 ? [0, 1, 2, 3, 4, 5] : i < 9 ? [6, 7, 8] : [9, 10, 11]);
const NEG_KINDS = ['neg_email_local', 'neg_similar_name', 'neg_zip_house', 'neg_random'];

function value(field: FieldSpec, source: Source, i: number): string {
  switch (field.kind) {
    case 'id':
      return `${schema.entities[source].idPrefix}${i}`;
    case 'email':
      return `person${i}+cars@example.com`;
    case 'phone':
      return '(212) 555-0147';
    case 'zip':
      return '10001';
    case 'country':
      return 'US';
    case 'state':
      return 'NY';
    case 'date':
      return '2024-02-29';
    case 'datetime':
      return '2024-05-01T10:00:00Z';
    case 'decimal':
      return '32150.75';
    case 'integer':
      return '2021';
    case 'boolean':
      return 'true';
    case 'enum':
      return field.values?.[0] ?? 'x';
    default:
      return `${field.name} ${i}`;
  }
}

/** Everything a validator is fed, as plain data that a test can spoil before feeding. */
export interface Dataset {
  columns: Record<Source, string[]>;
  records: Record<Source, Record<string, string>[]>;
  truth: Record<string, string>[];
  pairs: { file: string; pair: Record<string, unknown> }[];
}

/** A valid dataset: 12 records per source, their truth, 12 positives and 48 negatives (ratio 4). */
export function goodDataset(): Dataset {
  const columns = {} as Record<Source, string[]>;
  const records = {} as Record<Source, Record<string, string>[]>;
  const truth: Record<string, string>[] = [];
  for (const source of SOURCES) {
    const fields = schema.entities[source].fields;
    columns[source] = fields.map((f) => f.name);
    records[source] = Array.from({ length: N }, (_, i) =>
      Object.fromEntries(fields.map((f) => [f.name, value(f, source, i)])),
    );
    for (const row of records[source])
      truth.push({
        source,
        id: row['id'],
        entity_id: `E${row['id'].slice(1)}`,
        is_duplicate: 'false',
        dup_of: '',
        noise: '',
      });
  }
  const pairs: Dataset['pairs'] = [];
  for (let i = 0; i < N; i++) {
    const split = SPLIT(i);
    const file = `${split}.parquet`;
    pairs.push({
      file,
      pair: {
        src_a: 'leads',
        id_a: `L${i}`,
        src_b: 'sales',
        id_b: `S${i}`,
        y: 1,
        pair_kind: 'pos_cross_source',
        split,
      },
    });
    const others = GROUP(i).filter((j) => j !== i);
    const negatives = [
      ['leads', `L${i}`, 'sales', `S${others[0]}`],
      ['leads', `L${i}`, 'financial', `F${others[0]}`],
      ['sales', `S${i}`, 'financial', `F${others[1]}`],
      ['leads', `L${i}`, 'financial', `F${others[1]}`],
    ];
    negatives.forEach(([src_a, id_a, src_b, id_b], k) => {
      pairs.push({ file, pair: { src_a, id_a, src_b, id_b, y: 0, pair_kind: NEG_KINDS[k], split } });
    });
  }
  return { columns, records, truth, pairs };
}

/** Gates the good dataset meets exactly. */
export const fixtureGates = { minPositives: 12, minHardNegatives: 36, negRatio: { min: 3, max: 5 } };

/** Feeds a dataset (records with line = index + 2) and returns the report. */
export function validate(d: Dataset, options: Partial<DatasetValidatorOptions> = {}): ValidationReport {
  const v = createDatasetValidator({ schema, columns: d.columns, gates: fixtureGates, ...options });
  for (const source of SOURCES) d.records[source].forEach((row, i) => v.addRecord(source, row, i + 2));
  d.truth.forEach((row, i) => v.addTruth(row, i + 2));
  for (const { file, pair } of d.pairs) v.addPair(pair, file);
  return v.finish();
}
