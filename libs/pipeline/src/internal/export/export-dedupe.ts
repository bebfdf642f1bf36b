import path from 'node:path';
import { writeFileAtomic } from '@synth/io';
import type { CommitGroup } from '@synth/io';
import { collectPairRecords } from './collect-pair-records';
import { dedupeReadme } from './dedupe-readme';
import type { ExportDataset } from './export-dataset';
import type { ExportResult } from './export-result';
import { fmt } from './readme-notes';
import { toDedupeRecord } from './to-dedupe-record';

/**
 * dedupe: `training.json` — `{"match": [[a, b], …], "distinct": [[a, b], …]}` from the train split, each
 * side a whole record (see `toDedupeRecord`) — and `README.md`. One pair per line, so the file diffs and
 * streams well; held by `group` until the caller commits.
 *
 * @example
 * await exportDedupe(dataset, 'data/export/dedupe', group);
 */
export async function exportDedupe(dataset: ExportDataset, out: string, group: CommitGroup): Promise<ExportResult> {
  const { pairs, record, pii } = await collectPairRecords(dataset, 'train');
  const lines: Record<'match' | 'distinct', string[]> = { match: [], distinct: [] };
  for (const pair of pairs) {
    const a = toDedupeRecord(dataset, record(pair.srcA, pair.idA));
    const b = toDedupeRecord(dataset, record(pair.srcB, pair.idB));
    lines[pair.y === 1 ? 'match' : 'distinct'].push(JSON.stringify([a, b]));
  }
  const chunks = ['{\n"match": [\n', lines.match.join(',\n'), '\n],\n"distinct": [\n', lines.distinct.join(',\n')];
  chunks.push('\n]\n}\n');
  await writeFileAtomic(path.join(out, 'training.json'), Buffer.concat(chunks.map((c) => Buffer.from(c))), { group });
  const mode = pii.mode();
  const shared = dataset.shared;
  const facts = { pii: mode, hashed: pii.hashedColumns(shared), shared, uniqueIdRule: dataset.uniqueIdRule };
  const [match, distinct] = [lines.match.length, lines.distinct.length];
  await writeFileAtomic(path.join(out, 'README.md'), dedupeReadme(facts, match, distinct), { group });
  return {
    format: 'dedupe',
    files: ['training.json', 'README.md'],
    lines: [`training.json: train split, ${fmt(match)} match and ${fmt(distinct)} distinct pairs of whole records`],
    pii: mode,
    hashed: facts.hashed,
  };
}
