import type { Split } from '@synth/features';
import type { Source } from '@synth/features';
import type { ExportDataset, PairRef, SourceRecord } from './export-dataset';
import { ExportError } from './export-error';
import { PiiDetector } from './pii-detector';

/** The pairs of one split with the records they name (only those: memory follows the pairs, not the sources). */
export interface PairRecords {
  pairs: PairRef[];
  /** The record a pair names; an {@link ExportError} when the sources do not hold it. */
  record(source: Source, id: string): SourceRecord;
  /** Saw every record of the dataset. */
  pii: PiiDetector;
}

const recordKey = (source: Source, id: string): string => `${source}\u0000${id}`;

/**
 * Reads the pairs of `split`, then streams every record and keeps those the pairs name.
 *
 * @example
 * const { pairs, record } = await collectPairRecords(dataset, 'train');
 * record(pairs[0].srcA, pairs[0].idA).row.email;
 */
export async function collectPairRecords(dataset: ExportDataset, split: Split): Promise<PairRecords> {
  const pairs: PairRef[] = [];
  const wanted = new Set<string>();
  for await (const pair of dataset.pairs([split])) {
    pairs.push(pair);
    wanted.add(recordKey(pair.srcA, pair.idA));
    wanted.add(recordKey(pair.srcB, pair.idB));
  }
  const records = new Map<string, SourceRecord>();
  const pii = new PiiDetector();
  for await (const record of dataset.records(pii)) {
    const key = recordKey(record.source, record.row['id']);
    if (wanted.has(key)) records.set(key, record);
  }
  const record = (source: Source, id: string) => {
    const found = records.get(recordKey(source, id));
    if (found === undefined) {
      const where = `in truth.csv but not in ${source}.csv`;
      throw new ExportError(`A ${split} pair names ${source} id ${id}, which is ${where}.`);
    }
    return found;
  };
  return { pairs, record, pii };
}
