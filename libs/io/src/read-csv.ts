import { readCsvRecords } from './read-csv-records';

/**
 * Streams the rows of a CSV file with a header row as `column → value` objects (empty fields are `''`).
 *
 * @example
 * for await (const row of readCsv('data/synth/truth.csv')) ids.add(row.id);
 */
export async function* readCsv(path: string): AsyncGenerator<Record<string, string>> {
  for await (const { row } of readCsvRecords(path)) yield row;
}
