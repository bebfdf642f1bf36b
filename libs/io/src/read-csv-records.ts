import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { IoError } from './io-error';
import { reason } from './internal/reason';

/** A CSV record with the 1-based file line on which it ends (the header is line 1). */
export interface CsvRecord {
  row: Record<string, string>;
  line: number;
}

/**
 * Streams the records of a CSV file with a header row, each with its line number for messages such as
 * `leads.csv line 17: ...`. Memory stays flat whatever the file size. A ragged row or bad quoting is an
 * {@link IoError} naming the file and line.
 *
 * @example
 * for await (const { row, line } of readCsvRecords('data/synth/leads.csv')) check(row, line);
 */
export async function* readCsvRecords(path: string): AsyncGenerator<CsvRecord> {
  const input = createReadStream(path);
  const parser = input.pipe(parse({ columns: true, bom: true, info: true, skip_empty_lines: false }));
  input.on('error', (e) => parser.destroy(e));
  try {
    for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      yield { row: item.record, line: item.info.lines };
    }
  } catch (e) {
    throw new IoError(`Cannot read CSV ${path}${reason(e)}`, path, 'read', { cause: e });
  } finally {
    input.destroy();
  }
}
