import type { Writable } from 'node:stream';
import { createCommitGroup, installCleanupHandlers } from '@synth/io';
import { planEntities, CHUNK_SIZE } from '@synth/entities';
import { NoiseTally } from '@synth/noise';
import { emptyPairStats, mergePairStats } from '@synth/pairing';
import { createBlockContext } from './block-context';
import { loadInputs } from './load-inputs';
import type { GenerateOptions } from './options';
import { OutputWriters } from './output-writers';
import { inThreadBlocks } from './in-thread-blocks';
import { workerBlocks } from './worker-blocks';
import { partSuffix, shardBlocks } from './shard-blocks';
import { validateOutputs } from './validate-outputs';
import { buildSummary } from './build-summary';
import { writeReports } from './write-reports';
import { formatSummaryTable } from './format-summary-table';
import { Stopwatch } from './stopwatch';
import { Progress } from './progress';
import { entityOptions } from './entity-options';
import { DifficultyTally } from '../difficulty/difficulty-tally';

export interface RunStreams {
  stdout: Writable;
  stderr: Writable;
}

/**
 * `synth generate`, end to end: inputs checked (usage errors before any output is touched) → plan →
 * blocks (render, noise, pairs) → files closed as complete temporaries → validation of what was written →
 * summary JSON + HTML (temporaries too) → every file renamed at once → table (or JSON) on stdout. An
 * interrupted or failed run renames nothing, so the previous dataset and its summary stay together.
 * Returns the exit code.
 */
export async function runGenerate(options: GenerateOptions, streams: RunStreams): Promise<number> {
  const watch = new Stopwatch();
  const inputs = loadInputs(options);
  watch.lap('inputs');
  const ctx = createBlockContext(options, inputs.loaded.schema, inputs.noiseProfile, inputs.salt);
  const plan = planEntities(inputs.loaded.schema, entityOptions(options));
  watch.lap('plan');

  const removeHandlers = installCleanupHandlers();
  const suffix = partSuffix(options.shard);
  // Every output is held as a complete temporary until the whole set is ready, then renamed at once.
  const group = createCommitGroup();
  const writers = new OutputWriters(ctx, suffix, group);
  const tally = new NoiseTally(inputs.noiseProfile);
  let pairStats = emptyPairStats();
  const difficulty = new DifficultyTally();
  const chunksPerBlock = Math.max(1, Math.round(options.blockSize / CHUNK_SIZE));
  const blocks = shardBlocks(Math.ceil(plan.chunkCount / chunksPerBlock), options.shard);
  const setup = { ctx, plan, chunksPerBlock };
  const source = options.workers > 1 && blocks.length > 1 ? workerBlocks(setup, Math.min(options.workers, blocks.length)) : inThreadBlocks(setup);
  const progress = new Progress(streams.stderr, blocks.length ? plan.summary.entities : 0);
  let entitiesDone = 0;
  const threadMs = { records: 0, pairs: 0 };
  try {
    for await (const result of source.results(blocks)) {
      entitiesDone += options.blockSize;
      progress.update('generate', Math.min(entitiesDone, plan.summary.entities));
      tally.merge(result.tally);
      threadMs.records += result.timings.records;
      threadMs.pairs += result.timings.pairs;
      pairStats = mergePairStats(pairStats, result.pairStats);
      difficulty.add(result.difficulty);
      await writers.write(result);
    }
    watch.lap('generate');
    await writers.close();
    watch.lap('write');
  } catch (error) {
    await writers.abort();
    group.discard();
    removeHandlers();
    throw error;
  } finally {
    await source.close();
  }

  try {
    progress.stage('validating what was written…');
    const validation = await validateOutputs({
      schema: ctx.schema,
      outdir: options.outdir,
      pairsOut: options.pairsOut,
      // Gates are about the whole dataset: a shard's share of it is not held to them.
      gates: options.gates && options.shard === null,
      negRatio: options.negRatio,
      piiHashed: options.pii === 'hashed',
      seed: options.seed,
      suffix,
      files: writers.written,
    });
    watch.lap('validate');
    const summary = buildSummary({ options, inputs, plan, tally, pairStats, review: validation, timings: watch.laps(), threadTime: threadMs, blocks, difficulty });
    await writeReports(options.reportDir, summary, suffix, group);
    group.commit();
    progress.done();
    streams.stdout.write(options.json ? JSON.stringify(summary, null, 2) + '\n' : formatSummaryTable(summary));
    const failed = validation.report.checks.filter((c) => !c.ok);
    if (failed.length > 0) {
      streams.stderr.write(`synth: validation failed: ${failed.map((c) => `${c.name} (${c.failed} failed${c.examples[0] ? `, e.g. ${c.examples[0]}` : ''})`).join('; ')}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    group.discard();
    throw error;
  } finally {
    removeHandlers();
  }
}
