import path from 'node:path';
import type { Source, Split } from '@synth/features';
import { datasetLayout } from '../dataset-layout';

/** The base names of a dataset's files, as messages cite them. */
export interface DatasetFileNames extends Record<Source | 'truth', string> {
  pairs: Record<Split, string>;
  pairsCsv: string;
}

/** The file names of a dataset (a shard's carry its suffix), e.g. `leads.part-00003-of-00016.csv`. */
export function datasetFileNames(suffix = ''): DatasetFileNames {
  const layout = datasetLayout({ outdir: '', pairsOut: '', reportDir: '' }, suffix);
  const base = (file: string) => path.basename(file);
  return {
    leads: base(layout.sources.leads),
    sales: base(layout.sources.sales),
    financial: base(layout.sources.financial),
    truth: base(layout.truth),
    pairs: { train: base(layout.pairs.train), valid: base(layout.pairs.valid), test: base(layout.pairs.test) },
    pairsCsv: base(layout.pairsCsv),
  };
}
