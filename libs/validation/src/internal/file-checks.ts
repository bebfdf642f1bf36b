import { CheckTally } from './check-tally';

/** One CSV file as read back from disk, against what was written to it. */
export interface CsvFileFact {
  file: string;
  /** Header read back. */
  header: readonly string[];
  /** Header written. */
  expectedHeader: readonly string[];
  /** Records counted on disk (record ends outside quotes, the header excluded). */
  records: number;
  /** Records written. */
  expected: number;
}

/** One parquet file's footer as read back from disk, against the rows written to it. */
export interface ParquetFileFact {
  file: string;
  /** `num_rows` of the footer. */
  rows: number;
  /** `num_rows` of each row group in the footer. */
  rowGroups: number[];
  /** Rows written. */
  expected: number;
}

/** `csv_rows`: each CSV file's header and record count on disk are those written. */
export function csvRowsCheck(facts: readonly CsvFileFact[]): CheckTally {
  const t = new CheckTally('csv_rows');
  for (const f of facts) {
    t.checked++;
    const problems: string[] = [];
    if (f.header.join(',') !== f.expectedHeader.join(',')) {
      problems.push(`header is ${f.header.join(',') || '(none)'}, not ${f.expectedHeader.join(',')}`);
    }
    if (f.records !== f.expected) problems.push(`${f.records} records on disk, ${f.expected} written`);
    if (problems.length) t.fail(`${f.file}: ${problems.join('; ')}`);
  }
  return t;
}

/** `parquet_rows`: each parquet footer counts the rows written, and its row groups add up to it. */
export function parquetRowsCheck(facts: readonly ParquetFileFact[]): CheckTally {
  const t = new CheckTally('parquet_rows');
  for (const f of facts) {
    t.checked++;
    const problems: string[] = [];
    const inGroups = f.rowGroups.reduce((a, b) => a + b, 0);
    if (inGroups !== f.rows) problems.push(`footer counts ${f.rows} rows, its row groups ${inGroups}`);
    if (f.rows !== f.expected) problems.push(`footer counts ${f.rows} rows, ${f.expected} written`);
    if (problems.length) t.fail(`${f.file}: ${problems.join('; ')}`);
  }
  return t;
}
