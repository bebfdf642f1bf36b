import path from 'node:path';
import { readCsvHeader, readCsvRecords, readParquet } from '@synth/io';
import { createColumnProfiler, createDatasetValidator, profileFigures } from '@synth/validation';
import type { ProfileFigures, ValidationGates, ValidationReport } from '@synth/validation';
import type { SchemaSpec } from '@synth/schema';
import { SOURCES, SPLITS, featureNames } from '@synth/features';
import type { Source, Split } from '@synth/features';
import { datasetLayout } from '../dataset-layout';
import { PairSample } from './smoke/pair-sample';
import { countStrategies, emptyStrategyCounts } from './strategy-counts';
import type { StrategyCounts } from './strategy-counts';

/** Gates of spec.md ("Pairs"), enforced unless `--no-gates`. */
export const GATES = { minPositives: 100, minHardNegatives: 500 } as const;

/** The gates of a run: those of spec.md with its negative ratio's limits widened to include it, or none. */
export function validationGates(gates: boolean, negRatio: number): ValidationGates | null {
  return gates ? { ...GATES, negRatio: { min: Math.min(3, negRatio), max: Math.max(5, negRatio) } } : null;
}

/** Where a dataset is and how it was made: what the checks need to know. */
export interface ValidationTarget {
  schema: SchemaSpec;
  outdir: string;
  pairsOut: string;
  /** Enforce the pair gates and the balance limits. */
  gates: boolean;
  negRatio: number;
  piiHashed: boolean;
  /** Seed of the smoke model's sample. */
  seed: number;
  /** A shard's file-name suffix ('' for a whole dataset). */
  suffix?: string;
  /** Where to read the files, when not at their names under outdir/pairsOut (e.g. a run's temporaries). */
  files?: DatasetFiles;
}

/** The paths of a dataset's files. */
export interface DatasetFiles {
  leads: string;
  sales: string;
  financial: string;
  truth: string;
  pairs: Record<Split, string>;
}

/** What the validation pass learnt from the files it re-read. */
export interface OutputsReview {
  report: ValidationReport;
  profiles: Record<Source, ProfileFigures>;
  /** Per source: within-source duplicates per noise strategy (from truth.csv's `noise` column). */
  byStrategy: StrategyCounts;
  /** Feature histograms and the smoke model's sample, collected from the pair files. */
  pairSample: PairSample;
}

/**
 * Re-reads every file that was written — the source CSVs, truth.csv and the pair parquet files — and runs
 * every check of `@synth/validation` on them, profiling nulls and uniqueness on the way. Holds id sets,
 * never rows.
 */
export async function validateOutputs(target: ValidationTarget): Promise<OutputsReview> {
  const { outdir, pairsOut, gates, negRatio, piiHashed, schema, seed } = target;
  const suffix = target.suffix ?? '';
  const layout = datasetLayout({ outdir, pairsOut, reportDir: '' }, suffix);
  const files: DatasetFiles = target.files ?? { ...layout.sources, truth: layout.truth, pairs: layout.pairs };
  const base = (file: string) => path.basename(file);
  const fileNames = {
    leads: base(layout.sources.leads),
    sales: base(layout.sources.sales),
    financial: base(layout.sources.financial),
    truth: base(layout.truth),
  };
  const columns = {} as Record<Source, string[]>;
  for (const source of SOURCES) columns[source] = await readCsvHeader(files[source]);
  const validator = createDatasetValidator({
    schema,
    columns,
    piiHashed,
    fileNames,
    gates: validationGates(gates, negRatio),
  });
  const profiles = {} as Record<Source, ProfileFigures>;
  for (const source of SOURCES) {
    const profiler = createColumnProfiler(columns[source]);
    for await (const { row, line } of readCsvRecords(files[source])) {
      validator.addRecord(source, row, line);
      profiler.add(row);
    }
    profiles[source] = profileFigures(profiler.finish());
  }
  const byStrategy = emptyStrategyCounts();
  for await (const { row, line } of readCsvRecords(files.truth)) {
    validator.addTruth(row, line);
    countStrategies(byStrategy, row);
  }
  const pairSample = new PairSample(featureNames, seed);
  for (const split of SPLITS) {
    const file = base(layout.pairs[split]);
    for await (const pair of readParquet(files.pairs[split])) {
      validator.addPair(pair, file);
      pairSample.add(pair);
    }
  }
  return { report: validator.finish(), profiles, byStrategy, pairSample };
}
