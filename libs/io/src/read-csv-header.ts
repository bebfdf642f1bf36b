import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { IoError } from './io-error';
import { reason } from './internal/reason';

/**
 * Reads only the header row of a CSV file (an empty file has no columns).
 *
 * @example
 * const columns = await readCsvHeader('data/synth/leads.csv'); // ['id', 'email', ...]
 */
export async function readCsvHeader(path: string): Promise<string[]> {
  const input = createReadStream(path);
  const parser = input.pipe(parse({ bom: true, to_line: 1, relax_column_count: true }));
  input.on('error', (e) => parser.destroy(e));
  try {
    for await (const record of parser as AsyncIterable<string[]>) return record;
    return [];
  } catch (e) {
    throw new IoError(`Cannot read CSV ${path}${reason(e)}`, path, 'read', { cause: e });
  } finally {
    input.destroy();
  }
}
