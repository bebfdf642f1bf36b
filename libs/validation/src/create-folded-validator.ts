import { SOURCES, type SchemaSpec, type Source } from '@synth/schema';
import type { BlockChecks } from './create-block-checker';
import { CheckTally } from './internal/check-tally';
import { csvRowsCheck, parquetRowsCheck, type CsvFileFact, type ParquetFileFact } from './internal/file-checks';
import { gateChecks } from './internal/gate-checks';
import { IdLedger, IN_RECORDS, IN_TRUTH } from './internal/id-ledger';
import { missingIdsMessage, type PendingRef } from './internal/pair-checker';
import { PairCounts } from './internal/pair-counts';
import { countRequiredColumns, planSource } from './internal/record-plan';
import { CHECK_SITES, FILE_CHECKS, VALIDATION_CHECKS } from './validation-checks';
import type { ValidationGates, ValidationReport } from './validation-report';

export type { CsvFileFact, ParquetFileFact } from './internal/file-checks';

/** Options of {@link createFoldedValidator}. */
export interface FoldedValidatorOptions {
  schema: SchemaSpec;
  /** Gates of the default and dev profiles; `null` skips `balance` and the gates (reported as skipped). */
  gates: ValidationGates | null;
  /** PII columns hold 64-hex sha256 values (`--pii hashed`). @default false */
  piiHashed?: boolean;
  /** File names used in messages, as for `createDatasetValidator`. */
  fileNames?: Partial<Record<Source | 'truth', string>>;
}

/** What is read back from the files on disk once they are complete. */
export interface FileFacts {
  /** Header of each source file as read back (for `required_columns`). */
  columns: Record<Source, readonly string[]>;
  csv: CsvFileFact[];
  parquet: ParquetFileFact[];
}

/** Merges the blocks' checks in block order, then the facts read from disk, into one report. */
export interface FoldedValidator {
  addBlock(checks: BlockChecks): void;
  addFiles(facts: FileFacts): void;
  /** Every check of `VALIDATION_CHECKS`, then those of `FILE_CHECKS`, each with `where` it ran. */
  finish(): ValidationReport;
}

/**
 * Creates the validator of a dataset whose checks ran in its blocks (`createBlockChecker`, e.g. in worker
 * threads): it merges the blocks' counts, settles what crosses blocks from compact id hashes (ids unique
 * per source, every record with one truth row and every truth row with a record, pairs naming another
 * block's ids, balance and gates), and adds what only the files on disk tell (`required_columns` from the
 * headers read back, `csv_rows`, `parquet_rows`). Counts are those of `createDatasetValidator` re-reading
 * the same files; examples name block rows and ids instead of file lines. Holds no row and no id string.
 *
 * @example
 * const v = createFoldedValidator({ schema, gates: null });
 * for (const block of blocks) v.addBlock(block.checks);
 * v.addFiles({ columns, csv, parquet });
 * v.finish().ok;
 */
export function createFoldedValidator(options: FoldedValidatorOptions): FoldedValidator {
  const files = {} as Record<Source, string>;
  for (const s of SOURCES) files[s] = options.fileNames?.[s] ?? `${s}.csv`;
  const truthFile = options.fileNames?.truth ?? 'truth.csv';
  const names = [...VALIDATION_CHECKS, ...FILE_CHECKS].map((c) => c.name);
  const tallies = new Map<string, CheckTally>(names.map((n) => [n, new CheckTally(n)]));
  const tally = (name: string) => tallies.get(name) as CheckTally;
  const ids = new IdLedger();
  const counts = new PairCounts();
  const pending: PendingRef[] = [];
  let truthRows = 0;

  return {
    addBlock(part) {
      for (const check of part.checks) tally(check.name).merge(check);
      for (const { source, id } of part.strays) ids.name(source, id);
      const unique = tally('unique_ids');
      const truth = tally('truth_complete');
      for (const source of SOURCES) {
        ids.markBoth(
          source,
          part.recordIds[source],
          part.truthIds[source],
          (hi, lo) =>
            unique.fail(`${files[source]} block ${part.block}: id ${ids.describe(source, hi, lo)} is not unique`),
          (hi, lo) =>
            truth.fail(
              `${truthFile} block ${part.block}: ${source} id ${ids.describe(source, hi, lo)} has a second truth row`,
            ),
        );
      }
      truthRows += part.truthRows;
      pending.push(...part.pendingPairs);
      counts.merge(part.pairCounts);
    },
    addFiles(facts) {
      const plans = SOURCES.map((s) =>
        planSource(s, options.schema.entities[s], facts.columns[s], files[s], false, () => new CheckTally('')),
      );
      countRequiredColumns(plans, tally('required_columns'));
      tallies.set('csv_rows', csvRowsCheck(facts.csv));
      tallies.set('parquet_rows', parquetRowsCheck(facts.parquet));
    },
    finish() {
      settleTruth(tally('truth_complete'), ids, files, truthFile);
      tally('truth_complete').detail = { truthRows };
      const pairIds = tally('pair_ids_exist');
      for (const p of pending) {
        const missing = p.refs.filter((r) => !(ids.flags(r.source, r.id) & IN_RECORDS));
        if (missing.length) pairIds.fail(missingIdsMessage(p, missing, files));
      }
      pending.length = 0;
      if (!options.piiHashed) tally('pii_hashed').skip('PII is plain in this run');
      for (const t of gateChecks(counts, options.gates)) tallies.set(t.name, t);
      const checks = names.map((n) => ({ ...tally(n).toCheck(), where: CHECK_SITES[n as keyof typeof CHECK_SITES] }));
      return { ok: checks.every((c) => c.ok), checks };
    },
  };
}

/**
 * `truth_complete` across blocks: every record id needs a truth row, every truth row a record. One pass over
 * each source's ids; the truth rows without a record are told after every record without a truth row.
 */
function settleTruth(t: CheckTally, ids: IdLedger, files: Record<Source, string>, truthFile: string): void {
  const strays: { source: Source; hi: number; lo: number }[] = [];
  for (const source of SOURCES) {
    ids.forEach(source, (hi, lo, flags) => {
      if (flags === IN_TRUTH) strays.push({ source, hi, lo });
      if (!(flags & IN_RECORDS)) return;
      t.checked++;
      if (!(flags & IN_TRUTH)) t.fail(`${files[source]}: id ${ids.describe(source, hi, lo)} has no truth row`);
    });
  }
  for (const { source, hi, lo } of strays)
    t.fail(`${truthFile}: ${source} id ${ids.describe(source, hi, lo)} is not in ${files[source]}`);
}
