import { SOURCES, type SchemaSpec, type Source } from '@synth/schema';
import { CheckTally, quote } from './internal/check-tally';
import { gateChecks } from './internal/gate-checks';
import { PairChecker } from './internal/pair-checker';
import { countRequiredColumns, planSource, type SourcePlan } from './internal/record-plan';
import { checkValues } from './internal/record-checks';
import { TruthChecker } from './internal/truth-checker';
import { VALIDATION_CHECKS } from './validation-checks';
import { ValidationError } from './validation-error';
import type { ValidationGates, ValidationReport } from './validation-report';

/** Options of {@link createDatasetValidator}. */
export interface DatasetValidatorOptions {
  schema: SchemaSpec;
  /** Header of each source file as written (e.g. from `readCsvHeader`). */
  columns: Record<Source, readonly string[]>;
  /** Gates of the default and dev profiles; `null` skips `balance` and the gates (reported as skipped). */
  gates: ValidationGates | null;
  /** PII columns hold 64-hex sha256 values (`--pii hashed`). @default false */
  piiHashed?: boolean;
  /**
   * File names used in messages.
   * @default `{ leads: 'leads.csv', sales: 'sales.csv', financial: 'financial.csv', truth: 'truth.csv' }`
   */
  fileNames?: Partial<Record<Source | 'truth', string>>;
}

/** A streaming dataset validator: feed rows, then `finish()`. Holds only id sets, never rows. */
export interface DatasetValidator {
  /** One record of a source file; `line` is its line in the file (header = 1). */
  addRecord(source: Source, row: Record<string, string>, line: number): void;
  /** One row of truth.csv (`source,id,entity_id,...`); `line` improves messages. */
  addTruth(row: Record<string, string>, line?: number): void;
  /** One pair row (`src_a,id_a,src_b,id_b,y,pair_kind,split,...`) of `file`, e.g. `train.parquet`. */
  addPair(pair: Record<string, unknown>, file: string): void;
  /** Resolves the cross-file checks and returns every check, in `VALIDATION_CHECKS` order. */
  finish(): ValidationReport;
}

function checkOptions(o: DatasetValidatorOptions): void {
  for (const source of SOURCES) {
    if (!o.schema.entities[source])
      throw new ValidationError(`The schema has no entity '${source}'`, { field: `schema.entities.${source}` });
    if (!Array.isArray(o.columns[source]))
      throw new ValidationError(`No columns given for '${source}'`, { field: `columns.${source}` });
  }
  if (!o.gates) return;
  const { minPositives, minHardNegatives, negRatio } = o.gates;
  for (const [field, value] of [
    ['gates.minPositives', minPositives],
    ['gates.minHardNegatives', minHardNegatives],
  ] as const) {
    if (!Number.isInteger(value) || value < 0)
      throw new ValidationError(`${field} must be an integer >= 0, got ${value}`, { field, value });
  }
  if (!(negRatio.min > 0 && negRatio.min <= negRatio.max)) {
    throw new ValidationError(`gates.negRatio must have 0 < min <= max, got ${negRatio.min}..${negRatio.max}`, {
      field: 'gates.negRatio',
      value: negRatio,
    });
  }
}

/**
 * Creates the streaming validator of a whole dataset: the three source files, truth.csv and the pair
 * files. Every check of `VALIDATION_CHECKS` is in the report, with counts and up to 5 examples such as
 * `leads.csv line 17: email 'x' has no domain`. Format checks skip empty values (nulls are allowed).
 *
 * @example
 * const v = createDatasetValidator({
 *   schema,
 *   columns: { leads, sales, financial },
 *   gates: { minPositives: 100, minHardNegatives: 500, negRatio: { min: 3, max: 5 } },
 * });
 * v.addRecord('leads', row, 2); v.addTruth(truthRow); v.addPair(pair, 'train.parquet');
 * const report = v.finish(); // report.ok === false ⇒ exit code 1
 */
export function createDatasetValidator(options: DatasetValidatorOptions): DatasetValidator {
  checkOptions(options);
  const files = {} as Record<Source, string>;
  for (const s of SOURCES) files[s] = options.fileNames?.[s] ?? `${s}.csv`;
  const tallies = new Map<string, CheckTally>(VALIDATION_CHECKS.map((c) => [c.name, new CheckTally(c.name)]));
  const tally = (name: string) => tallies.get(name) as CheckTally;
  const piiHashed = options.piiHashed ?? false;
  const plans = new Map<Source, SourcePlan>();
  for (const s of SOURCES)
    plans.set(s, planSource(s, options.schema.entities[s], options.columns[s], files[s], piiHashed, tally));
  countRequiredColumns(plans.values(), tally('required_columns'));
  if (!piiHashed) tally('pii_hashed').skip('PII is plain in this run');
  const records = new Map<Source, Set<string>>(SOURCES.map((s) => [s, new Set<string>()]));
  const unique = tally('unique_ids');
  const truth = new TruthChecker(options.fileNames?.truth ?? 'truth.csv', records);
  const pairs = new PairChecker(records);

  return {
    addRecord(source, row, line) {
      const plan = plans.get(source);
      if (!plan) throw new ValidationError(`Unknown source '${String(source)}'`, { field: 'source', value: source });
      checkValues(plan, row, () => `line ${line}`);
      if (plan.idColumn === undefined) return;
      unique.checked++;
      const id = row[plan.idColumn] ?? '';
      const ids = records.get(source) as Set<string>;
      if (id === '') unique.fail(`${plan.file} line ${line}: ${plan.idColumn} is empty`);
      else if (ids.has(id)) unique.fail(`${plan.file} line ${line}: ${plan.idColumn} ${quote(id)} is not unique`);
      else ids.add(id);
    },
    addTruth(row, line) {
      truth.add(row, line);
    },
    addPair(pair, file) {
      pairs.add(pair, file);
    },
    finish() {
      truth.finish(files);
      pairs.finish(files);
      const computed = [
        truth.tally,
        pairs.keys,
        pairs.label,
        pairs.ids,
        pairs.disjoint,
        ...gateChecks(pairs.counts, options.gates),
      ];
      for (const t of computed) tallies.set(t.name, t);
      const checks = VALIDATION_CHECKS.map((c) => (tallies.get(c.name) as CheckTally).toCheck());
      return { ok: checks.every((c) => c.ok), checks };
    },
  };
}
