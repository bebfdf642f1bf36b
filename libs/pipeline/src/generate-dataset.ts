import { existsSync } from 'node:fs';
import { createCommitGroup } from '@synth/io';
import { planEntities, CHUNK_SIZE } from '@synth/entities';
import { NoiseTally } from '@synth/noise';
import { emptyPairStats, mergePairStats } from '@synth/pairing';
import { createBlockContext } from './internal/block-context';
import { loadInputs } from './internal/load-inputs';
import { resolveGenerateOptions } from './resolve-generate-options';
import type { GenerateDatasetOptions, GenerateOptions } from './resolve-generate-options';
import { OutputWriters } from './internal/output-writers';
import { inThreadBlocks } from './internal/in-thread-blocks';
import { WORKER_SCRIPT, workerBlocks } from './internal/worker-blocks';
import { shardBlocks } from './internal/shard-blocks';
import { partSuffix } from './dataset-layout';
import { FoldedReview } from './internal/folded-review';
import { faultFromEnv } from './internal/block-fault';
import { holdIfAsked } from './internal/test-hold';
import { buildSummary } from './internal/build-summary';
import type { SynthSummary } from './synth-summary';
import { writeReports } from './internal/write-reports';
import { Stopwatch } from './internal/stopwatch';
import { entityOptions } from './internal/entity-options';
import { environmentError } from './internal/environment-error';
import { DifficultyTally } from './internal/difficulty/difficulty-tally';
import { PipelineError } from './pipeline-error';

/** Where a run is: `generate` counts entities done; `validate` reads back what only the written files tell. */
export interface GenerateProgress {
  stage: 'generate' | 'validate';
  done: number;
  total: number;
}

/** How the caller follows and stops a run. */
export interface GenerateControl {
  /** Called after every block (`generate`) and once when validation starts. */
  onProgress?: (progress: GenerateProgress) => void;
  /** Aborting removes every temporary and leaves the previous outputs as they were. */
  signal?: AbortSignal;
}

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new PipelineError('aborted', 'the run was aborted; no output was changed and no temporary is left', {
      cause: signal.reason,
    });
  }
}

async function run(options: GenerateOptions, { onProgress, signal }: GenerateControl): Promise<SynthSummary> {
  const watch = new Stopwatch();
  const inputs = loadInputs(options);
  watch.lap('inputs');
  const ctx = createBlockContext(options, inputs.loaded.schema, inputs.noiseProfile, inputs.salt, faultFromEnv());
  const plan = planEntities(inputs.loaded.schema, entityOptions(options));
  watch.lap('plan');
  checkAborted(signal);

  const suffix = partSuffix(options.shard);
  // Every output is held as a complete temporary until the whole set is ready, then renamed at once.
  const group = createCommitGroup();
  let writers: OutputWriters | null = null;
  const tally = new NoiseTally(inputs.noiseProfile);
  let pairStats = emptyPairStats();
  const difficulty = new DifficultyTally();
  const chunksPerBlock = Math.max(1, Math.round(options.blockSize / CHUNK_SIZE));
  const blocks = shardBlocks(Math.ceil(plan.chunkCount / chunksPerBlock), options.shard);
  const setup = { ctx, plan, chunksPerBlock };
  // From TypeScript sources (no compiled worker entry) blocks run in this thread: same bytes, less speed.
  const parallel = options.workers > 1 && blocks.length > 1 && existsSync(WORKER_SCRIPT);
  const source = parallel ? workerBlocks(setup, Math.min(options.workers, blocks.length)) : inThreadBlocks(setup);
  const total = blocks.length ? plan.summary.entities : 0;
  let entitiesDone = 0;
  const threadMs = { records: 0, pairs: 0, checks: 0 };
  const review = new FoldedReview({
    schema: ctx.schema,
    columns: ctx.columns,
    // Gates are about the whole dataset: a shard's share of it is not held to them.
    gates: options.gates && options.shard === null,
    negRatio: options.negRatio,
    piiHashed: options.pii === 'hashed',
    seed: options.seed,
    suffix,
    // A column whose exact count overflowed needs no more exact hashes from the blocks (same figures, less work).
    onSketched: (file, columns) => source.sketchOnly(file, columns),
  });
  try {
    writers = await OutputWriters.open(ctx, suffix, group);
    for await (const result of source.results(blocks)) {
      checkAborted(signal);
      entitiesDone += options.blockSize;
      onProgress?.({ stage: 'generate', done: Math.min(entitiesDone, total), total });
      tally.merge(result.tally);
      threadMs.records += result.timings.records;
      threadMs.pairs += result.timings.pairs;
      threadMs.checks += result.timings.checks;
      review.add(result);
      pairStats = mergePairStats(pairStats, result.pairStats);
      difficulty.add(result.difficulty);
      await writers.write(result);
    }
    watch.lap('generate');
    // The summary's models need only the final pair sample: they train where the blocks ran (on workers) while
    // this thread closes the files and reads them back; in this thread they are fitted when awaited below.
    const { features, splits } = review.pairSample;
    const models = source.startSummaryModels({ features, splits }, options.seed);
    await writers.close();
    watch.lap('write');
    checkAborted(signal);
    onProgress?.({ stage: 'validate', done: 0, total });
    // Test-only: an end-to-end test may stop the run here, with every output a complete temporary.
    await holdIfAsked();
    await review.readBack(writers.written);
    const validation = review.finish();
    watch.lap('validate');
    const { smoke, randomForest } = await models();
    watch.lap('difficulty');
    const summary = buildSummary({
      options,
      inputs,
      plan,
      tally,
      pairStats,
      review: validation,
      timings: watch.laps(),
      threadTime: threadMs,
      blocks,
      difficulty,
      smoke,
      randomForest,
    });
    await writeReports(options.reportDir, summary, suffix, group);
    checkAborted(signal);
    group.commit();
    return summary;
  } catch (error) {
    await writers?.abort();
    group.discard();
    throw error;
  } finally {
    await source.close();
  }
}

/**
 * The whole run of `synth generate` as a library call: options checked (input errors before any output is
 * touched) → plan → blocks (render, noise, pairs, and the checks of what each block writes; on worker threads
 * when `workers > 1`) → files closed as complete temporaries → their headers, record counts and parquet
 * footers read back, the blocks' checks merged → summary JSON + HTML (temporaries too) → every
 * file renamed at once. Writes exactly the bytes `synth generate` writes for the same options and resolves
 * to the summary; `summary.validation.ok` tells whether every check passed.
 *
 * A failed, aborted or interrupted run renames nothing and removes its temporaries, so the previous
 * dataset and its summary stay together. Errors are `PipelineError`s: `input` (a bad option or input file),
 * `environment` (full disk, no permission, read-only file system, too many open files: names the file) and
 * `aborted` (the signal fired).
 *
 * @example
 * const summary = await generateDataset(
 *   { dev: true, seed: 7, outdir: '/tmp/synth', pairsOut: '/tmp/pairs', reportDir: '/tmp/reports' },
 *   { onProgress: (p) => console.log(p.stage, p.done, p.total) },
 * );
 * summary.counts.leads.records; // 1000
 */
export async function generateDataset(
  options: GenerateDatasetOptions = {},
  control: GenerateControl = {},
): Promise<SynthSummary> {
  const resolved = resolveGenerateOptions(options);
  checkAborted(control.signal);
  try {
    return await run(resolved, control);
  } catch (error) {
    throw environmentError(error) ?? error;
  }
}
