import { parentPort, workerData } from 'node:worker_threads';
import { addSketchOnly } from './internal/block-context';
import type { SketchOnlyHint } from './internal/block-context';
import type { WorkerSetup } from './internal/block-source';
import { fitSummaryModel } from './internal/summary-models';
import type { ModelAnswer, ModelJob } from './internal/summary-models';
import { processBlock, toTransfer } from './internal/process-block';

/**
 * The body of a block worker thread: computes the blocks the main thread asks for and posts each result
 * back, its buffers transferred (and, once the blocks are done, a summary model), and notes the columns its
 * next blocks may profile by sketch only. Pure: the same block gives the same bytes in any thread. Call it
 * from a worker entry script — the package's own, or a bundler's entry named `block-worker.js` placed beside
 * the bundle.
 *
 * @example
 * // block-worker.ts, bundled beside main.js
 * runBlockWorker();
 */
export function runBlockWorker(): void {
  const setup = workerData as WorkerSetup;
  parentPort?.on('message', (job: number | ModelJob | SketchOnlyHint) => {
    if (typeof job === 'number') {
      // Byte buffers and typed arrays move to the main thread (transfer list) instead of being copied.
      const { message, transfer } = toTransfer(processBlock(setup.ctx, setup.plan, job, setup.chunksPerBlock));
      parentPort?.postMessage(message, transfer);
      return;
    }
    switch (job.kind) {
      case 'sketchOnly':
        addSketchOnly(setup.ctx, job);
        return;
      case 'model': {
        const answer: ModelAnswer = {
          kind: 'model',
          model: job.model,
          result: fitSummaryModel(job.model, job.sample, job.seed),
        };
        parentPort?.postMessage(answer);
        return;
      }
    }
  });
}
