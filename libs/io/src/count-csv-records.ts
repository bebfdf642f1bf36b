import { createReadStream } from 'node:fs';
import { IoError } from './io-error';
import { reason } from './internal/reason';

const QUOTE = 0x22;
const NEWLINE = 0x0a;

/**
 * Counts the records of a CSV file with a header row without parsing it: a byte scan for record ends
 * (`\n` outside double quotes, so a quoted value may hold newlines; a last line without `\n` counts too).
 * Quotes and newlines are found natively (`indexOf`), so it runs at about disk speed.
 *
 * @example
 * await countCsvRecords('data/synth/leads.csv'); // 1000 (the header is not counted)
 */
export async function countCsvRecords(path: string): Promise<number> {
  let lines = 0;
  let quoted = false;
  let last = NEWLINE;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      if (chunk.length === 0) continue;
      last = chunk[chunk.length - 1];
      const counted = countChunk(chunk, quoted);
      lines += counted.lines;
      quoted = counted.quoted;
    }
  } catch (e) {
    throw new IoError(`Cannot read CSV ${path}${reason(e)}`, path, 'read', { cause: e });
  }
  if (last !== NEWLINE) lines++;
  return Math.max(0, lines - 1);
}

/**
 * The record ends in `chunk` (given whether it starts inside quotes) and whether it ends inside quotes: newlines
 * are counted between quotes, from one quote to the next. An escaped quote ("") closes and reopens at once.
 */
function countChunk(chunk: Buffer, quoted: boolean): { lines: number; quoted: boolean } {
  let lines = 0;
  for (let i = 0; i < chunk.length;) {
    const quote = chunk.indexOf(QUOTE, i);
    if (quoted) {
      if (quote === -1) break;
    } else {
      const end = quote === -1 ? chunk.length : quote;
      for (let nl = chunk.indexOf(NEWLINE, i); nl !== -1 && nl < end; nl = chunk.indexOf(NEWLINE, nl + 1)) lines++;
      if (quote === -1) break;
    }
    quoted = !quoted;
    i = quote + 1;
  }
  return { lines, quoted };
}
