import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerSetup } from './block-source';
import { processBlock, toTransfer } from './process-block';

// Entry point of a worker thread (bundled as dist/apps/cli/block-worker.js): computes the blocks the main
// thread asks for and posts each result back. Pure: the same block gives the same bytes in any thread.
const setup = workerData as WorkerSetup;
parentPort?.on('message', (block: number) => {
  parentPort?.postMessage(toTransfer(processBlock(setup.ctx, setup.plan, block, setup.chunksPerBlock)));
});
