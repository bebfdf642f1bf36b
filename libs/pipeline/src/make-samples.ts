import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCsvWriter, readCsv } from '@synth/io';
import { SOURCES } from '@synth/features';
import { datasetLayout } from './dataset-layout';
import { ensureWritableDir } from './internal/load-inputs';
import { generateDataset } from './generate-dataset';
import type { PiiMode } from './resolve-generate-options';

/** Rows per source in `samples/`. */
export const SAMPLE_ROWS = 15;
/** Pairs per pair kind in `samples/pairs.csv`. */
export const SAMPLE_PAIRS_PER_KIND = 3;

async function rowsOf(file: string): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  for await (const row of readCsv(file)) rows.push(row);
  return rows;
}

async function write(file: string, columns: string[], rows: Record<string, string>[]): Promise<void> {
  const w = createCsvWriter(file, columns);
  await w.writeMany(rows);
  await w.close();
}

/**
 * Regenerates `samples/` from the dev profile at seed 42: for each source the first records that belong to
 * an entity seen in more than one record (so duplicates and cross-source matches show), their truth rows,
 * and a few pairs of each kind. Extra generate flags (e.g. `--pii hashed`) pass through.
 */
export async function makeSamples(
  outDir: string,
  extra: { schema?: string; pii?: PiiMode; saltFile?: string } = {},
): Promise<string[]> {
  ensureWritableDir('out', outDir);
  const work = mkdtempSync(path.join(os.tmpdir(), 'synth-samples-'));
  try {
    const dirs = {
      outdir: path.join(work, 'synth'),
      pairsOut: path.join(work, 'pairs'),
      reportDir: path.join(work, 'reports'),
    };
    const layout = datasetLayout(dirs);
    const summary = await generateDataset({ dev: true, seed: 42, ...dirs, ...extra });
    if (!summary.validation.ok) throw new Error('the dev run behind the samples failed its validation');
    const truth = await rowsOf(layout.truth);
    const perEntity = new Map<string, number>();
    for (const t of truth) perEntity.set(t['entity_id'], (perEntity.get(t['entity_id']) ?? 0) + 1);
    const entityOf = new Map(truth.map((t) => [`${t['source']}:${t['id']}`, t['entity_id']]));
    const keep = new Set<string>();
    const written: string[] = [];
    for (const source of SOURCES) {
      const file = layout.sources[source];
      const columns = readFileSync(file, 'utf8').split('\n', 1)[0].split(',');
      const rows = (await rowsOf(file))
        .filter((r) => (perEntity.get(entityOf.get(`${source}:${r['id']}`) ?? '') ?? 0) > 1)
        .slice(0, SAMPLE_ROWS);
      for (const r of rows) keep.add(`${source}:${r['id']}`);
      await write(path.join(outDir, `${source}.csv`), columns, rows);
      written.push(`${source}.csv`);
    }
    await write(
      path.join(outDir, 'truth.csv'),
      Object.keys(truth[0]),
      truth.filter((t) => keep.has(`${t['source']}:${t['id']}`)),
    );
    written.push('truth.csv');
    const pairs = await rowsOf(layout.pairsCsv);
    const taken = new Map<string, number>();
    const sample = pairs.filter((p) => {
      const n = taken.get(p['pair_kind']) ?? 0;
      taken.set(p['pair_kind'], n + 1);
      return n < SAMPLE_PAIRS_PER_KIND;
    });
    await write(path.join(outDir, 'pairs.csv'), Object.keys(pairs[0]), sample);
    written.push('pairs.csv');
    return written;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
