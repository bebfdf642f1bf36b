import type { Writable } from 'node:stream';
import { installCleanupHandlers } from '@synth/io';
import { planEntities, CHUNK_SIZE } from '@synth/entities';
import { NoiseTally } from '@synth/noise';
import { emptyPairStats, mergePairStats } from '@synth/pairing';
import { createBlockContext } from './block-context';
import { loadInputs } from './load-inputs';
import type { GenerateOptions } from './options';
import { OutputWriters } from './output-writers';
import { processBlock } from './process-block';
import { validateOutputs } from './validate-outputs';
import { buildSummary } from './build-summary';
import { writeReports } from './write-reports';
import { formatSummaryTable } from './format-summary-table';
import { Stopwatch } from './stopwatch';
import { entityOptions } from './entity-options';

/** Entities per block: the unit of work that flows through noise, writers and pairing. */
export const BLOCK_ENTITIES = 10_000;

export interface RunStreams {
  stdout: Writable;
  stderr: Writable;
}

/**
 * `synth generate`, end to end: inputs checked (usage errors before any output is touched) → plan →
 * blocks (render, noise, pairs) → files closed (temporaries renamed) → validation of what was written →
 * summary JSON + HTML → table (or JSON) on stdout. Returns the exit code.
 */
export async function runGenerate(options: GenerateOptions, streams: RunStreams): Promise<number> {
  const watch = new Stopwatch();
  const inputs = loadInputs(options);
  watch.lap('inputs');
  const ctx = createBlockContext(options, inputs.loaded.schema, inputs.noiseProfile, inputs.salt);
  const plan = planEntities(inputs.loaded.schema, entityOptions(options));
  watch.lap('plan');

  const removeHandlers = installCleanupHandlers();
  const writers = new OutputWriters(ctx);
  const tally = new NoiseTally(inputs.noiseProfile);
  let pairStats = emptyPairStats();
  const chunksPerBlock = Math.max(1, Math.round(BLOCK_ENTITIES / CHUNK_SIZE));
  const blocks = Math.ceil(plan.chunkCount / chunksPerBlock);
  try {
    for (let block = 0; block < blocks; block++) {
      const result = processBlock(ctx, plan, block, chunksPerBlock);
      tally.merge(result.tally);
      pairStats = mergePairStats(pairStats, result.pairStats);
      await writers.write(result);
    }
    watch.lap('generate');
    await writers.close();
    watch.lap('write');
  } catch (error) {
    await writers.abort();
    removeHandlers();
    throw error;
  }

  const validation = await validateOutputs({
    schema: ctx.schema,
    outdir: options.outdir,
    pairsOut: options.pairsOut,
    gates: options.gates,
    negRatio: options.negRatio,
    piiHashed: options.pii === 'hashed',
    seed: options.seed,
  });
  watch.lap('validate');
  const summary = buildSummary({ options, inputs, plan, tally, pairStats, review: validation, timings: watch.laps() });
  await writeReports(options.reportDir, summary);
  removeHandlers();
  streams.stdout.write(options.json ? JSON.stringify(summary, null, 2) + '\n' : formatSummaryTable(summary));
  const failed = validation.report.checks.filter((c) => !c.ok);
  if (failed.length > 0) {
    streams.stderr.write(`synth: validation failed: ${failed.map((c) => `${c.name} (${c.failed} failed${c.examples[0] ? `, e.g. ${c.examples[0]}` : ''})`).join('; ')}\n`);
    return 1;
  }
  return 0;
}
