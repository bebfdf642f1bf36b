import { REQUIRED_FIELDS, type EntitySpec, type FieldSpec, type Source } from '@synth/schema';
import type { CheckTally } from './check-tally';
import {
  dateRule,
  datetimeRule,
  decimalRule,
  emailRule,
  hashedRule,
  integerRule,
  phoneRule,
  zipRule,
  type ValueRule,
} from './format-rules';

/** One value test on one column of a source. */
export interface ColumnCheck {
  column: string;
  tally: CheckTally;
  rule: ValueRule;
}

/** What to check in each record of one source. */
export interface SourcePlan {
  file: string;
  /** Column holding the record id (the schema's `id` field), absent when the file lacks it. */
  idColumn: string | undefined;
  checks: ColumnCheck[];
  /** Required columns the file lacks. */
  missing: string[];
  /** Required columns looked for. */
  required: string[];
}

type Tallies = (name: string) => CheckTally;

function ruleFor(field: FieldSpec, countryColumn: string | undefined): [string, ValueRule] | undefined {
  switch (field.kind) {
    case 'email':
      return ['email_format', emailRule];
    case 'phone':
      return ['phone_format', phoneRule];
    case 'zip':
      return ['zip_format', zipRule(countryColumn)];
    case 'date':
      return ['date_format', dateRule];
    case 'datetime':
      return ['date_format', datetimeRule];
    case 'decimal':
      return ['amount_format', decimalRule];
    case 'integer':
      return ['amount_format', integerRule];
    default:
      return undefined;
  }
}

/**
 * Plans the record checks of one source from its schema entity and the header actually written.
 * In hashed mode a PII column's format check tests the hex shape instead, and `pii_hashed` covers
 * every PII column (names and addresses included).
 */
export function planSource(
  source: Source,
  entity: EntitySpec,
  header: readonly string[],
  file: string,
  piiHashed: boolean,
  tally: Tallies,
): SourcePlan {
  const present = new Set(header);
  const required = [
    ...new Set([
      ...REQUIRED_FIELDS[source].map((f) => f.name),
      ...entity.fields.filter((f) => f.required).map((f) => f.name),
    ]),
  ];
  const missing = required.filter((name) => !present.has(name));
  const fields = entity.fields.filter((f) => present.has(f.name));
  const countryColumn = fields.find((f) => f.kind === 'country')?.name;
  const checks: ColumnCheck[] = [];
  for (const field of fields) {
    const planned = ruleFor(field, countryColumn);
    if (planned) {
      const hashed = piiHashed && field.pii;
      checks.push({ column: field.name, tally: tally(planned[0]), rule: hashed ? hashedRule : planned[1] });
    }
    if (piiHashed && field.pii) checks.push({ column: field.name, tally: tally('pii_hashed'), rule: hashedRule });
  }
  const idField = fields.find((f) => f.kind === 'id');
  return { file, idColumn: idField?.name, checks, missing, required };
}

/** Counts `required_columns` over every source's plan: each required column looked for, each one missing. */
export function countRequiredColumns(plans: Iterable<SourcePlan>, required: CheckTally): void {
  for (const plan of plans) {
    required.checked += plan.required.length;
    for (const column of plan.missing) required.fail(`${plan.file}: required column '${column}' is missing`);
  }
}
