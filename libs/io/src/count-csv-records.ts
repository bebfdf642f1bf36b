import { createReadStream } from 'node:fs';
import { IoError } from './io-error';
import { reason } from './internal/reason';

const QUOTE = 0x22;
const NEWLINE = 0x0a;

/**
 * Counts the records of a CSV file with a header row without parsing it: a byte scan for record ends
 * (`\n` outside double quotes, so a quoted value may hold newlines; a last line without `\n` counts too).
 * Chunks without a quote are counted natively, so it runs at about disk speed.
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
      if (!quoted && chunk.indexOf(QUOTE) === -1) {
        for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, i + 1)) lines++;
        continue;
      }
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i];
        // An escaped quote ("") toggles twice: the state is right again after it.
        if (b === QUOTE) quoted = !quoted;
        else if (b === NEWLINE && !quoted) lines++;
      }
    }
  } catch (e) {
    throw new IoError(`Cannot read CSV ${path}${reason(e)}`, path, 'read', { cause: e });
  }
  if (last !== NEWLINE) lines++;
  return Math.max(0, lines - 1);
}
