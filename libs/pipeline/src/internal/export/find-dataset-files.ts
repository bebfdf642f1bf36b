import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Split } from '@synth/features';
import type { Source } from '@synth/features';
import { SOURCES, SPLITS } from '@synth/features';
import { ExportError } from './export-error';

/** The files of a dataset written by `synth generate`: one file each, or a shard's part files in shard order. */
export interface ExportDatasetFiles {
  sources: Record<Source, string[]>;
  truth: string[];
  pairs: Record<Split, string[]>;
}

/** `name.csv`, else every `name.part-KKKKK-of-NNNNN.csv` in the folder, in shard order; [] when none. */
function filesOf(dir: string, name: string, ext: string): string[] {
  const whole = path.join(dir, `${name}.${ext}`);
  if (existsSync(whole)) return [whole];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const part = new RegExp(`^${name}\\.part-\\d{5}-of-\\d{5}\\.${ext}$`);
  return readdirSync(dir)
    .filter((f) => part.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Finds the sources and `truth.csv` in `outdir` and `{train,valid,test}.parquet` in `pairsOut` — whole
 * files, or the part files that `--shard` runs write (`leads.part-00003-of-00016.csv`). A missing file is
 * an {@link ExportError} that names every missing one.
 *
 * @example
 * findDatasetFiles('data/synth', 'data/pairs').sources.leads; // ['data/synth/leads.csv']
 */
export function findDatasetFiles(outdir: string, pairsOut: string): ExportDatasetFiles {
  const missing: string[] = [];
  const need = (dir: string, name: string, ext: string) => {
    const files = filesOf(dir, name, ext);
    if (files.length === 0) missing.push(path.join(dir, `${name}.${ext}`));
    return files;
  };
  const sources = {} as Record<Source, string[]>;
  for (const source of SOURCES) sources[source] = need(outdir, source, 'csv');
  const truth = need(outdir, 'truth', 'csv');
  const pairs = {} as Record<Split, string[]>;
  for (const split of SPLITS) pairs[split] = need(pairsOut, split, 'parquet');
  if (missing.length > 0) {
    throw new ExportError(
      `No dataset to export: missing ${missing.join(', ')} (or their .part-KKKKK-of-NNNNN shard files). ` +
        'Point --outdir and --pairs-out at the folders synth generate wrote.',
      missing[0],
    );
  }
  return { sources, truth, pairs };
}
