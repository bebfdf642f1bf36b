import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SketchOnlyHint } from './block-context';
import type { BlockSource, WorkerSetup } from './block-source';
import type { ModelAnswer, ModelJob, SummaryModelName, SummaryModels } from './summary-models';
import { fromTransfer } from './process-block';
import type { BlockResult, TransferredBlock } from './process-block';

/**
 * The worker entry, beside this module: `block-worker.js` in the published package (compiled from
 * `block-worker.ts`), and in the bundled CLI the esbuild entry `block-worker.js` beside `main.js`.
 */
export const WORKER_SCRIPT = path.join(__dirname, 'block-worker.js');

/** Blocks queued on one worker at most: the next one is there when a block is done, even while the writer is busy. */
export const QUEUED_PER_WORKER = 3;

/**
 * Blocks dispatched or held beyond the one the writer waits for, per worker. Blocks take unequal time, so a
 * worker that is ahead keeps working while the other finishes a slow block (with two per worker it sat idle
 * about a tenth of the time); each held block is a few MB of CSV bytes and pair columns.
 */
export const AHEAD_PER_WORKER = 4;

/** The two ways a pending answer ends. */
interface Settle<T> {
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/**
 * Blocks computed by `workers` worker threads. At most {@link QUEUED_PER_WORKER} blocks per worker are in
 * flight and {@link AHEAD_PER_WORKER} × `workers` beyond the one awaited, and results are handed out strictly in
 * block order, so memory holds a bounded number of blocks and the output does
 * not depend on which worker finishes first. Once the blocks are done, `startSummaryModels` fits the summary's two
 * models on two of the workers at once.
 */
export function workerBlocks(
  setup: WorkerSetup,
  workers: number,
  script = WORKER_SCRIPT,
): BlockSource & { stats: { maxAhead: number } } {
  if (!existsSync(script)) {
    throw new Error(
      `${script} is missing: worker threads need the built package or CLI (npx nx build cli), or workers: 1`,
    );
  }
  const pool = Array.from(
    { length: workers },
    () => new Worker(script, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 64 } }),
  );
  /** Most blocks ever dispatched or held beyond the one the writer waits for (at most AHEAD_PER_WORKER × workers). */
  const stats = { maxAhead: 0 };
  /** Summary model jobs asked of a worker (once the blocks are done) and not answered yet, by model. */
  const pending = new Map<SummaryModelName, { worker: Worker; settle: Settle<unknown> }>();
  /** Workers that have stopped: a job posted to one would never be answered. */
  const stopped = new Set<Worker>();
  const failModels = (worker: Worker, error: unknown) => {
    for (const [model, job] of pending) {
      if (job.worker !== worker) continue;
      pending.delete(model);
      job.settle.reject(error);
    }
  };
  for (const worker of pool) {
    worker.on('message', (answer: TransferredBlock | ModelAnswer) => {
      if (!('kind' in answer)) return;
      pending.get(answer.model)?.settle.resolve(answer.result);
      pending.delete(answer.model);
    });
    worker.on('error', (error) => failModels(worker, error));
    worker.on('exit', (code) => {
      stopped.add(worker);
      failModels(worker, new Error(`a block worker stopped with exit code ${code}`));
    });
  }
  /** Fits one summary model on `worker`. */
  const fit = <K extends SummaryModelName>(model: K, worker: Worker, job: Omit<ModelJob, 'kind' | 'model'>) =>
    new Promise<SummaryModels[K]>((resolve, reject) => {
      if (pending.has(model)) throw new Error(`startSummaryModels: a ${model} job is already pending`);
      if (stopped.has(worker)) throw new Error(`a block worker stopped before the ${model} model could be fitted`);
      pending.set(model, { worker, settle: { resolve: resolve as (v: unknown) => void, reject } });
      const message: ModelJob = { kind: 'model', model, ...job };
      worker.postMessage(message);
    });
  return {
    stats,
    async *results(blocks: readonly number[]): AsyncGenerator<BlockResult> {
      const done = new Map<number, BlockResult>();
      const waiting = new Map<number, Settle<BlockResult>>();
      let failure: unknown = null;
      let next = 0;
      let nextWanted = 0;
      const inFlight = new Map<Worker, number[]>(pool.map((w) => [w, []]));
      const settle = (block: number, result: BlockResult) => {
        const w = waiting.get(block);
        if (w) {
          waiting.delete(block);
          w.resolve(result);
        } else done.set(block, result);
      };
      const fail = (error: unknown) => {
        failure ??= error;
        for (const w of waiting.values()) w.reject(failure);
        waiting.clear();
      };
      // Keep every worker busy (a few blocks queued each), never more than AHEAD_PER_WORKER × workers ahead of
      // `upTo`.
      const fill = (upTo: number) => {
        for (const worker of pool) {
          const queue = inFlight.get(worker) as number[];
          const ahead = AHEAD_PER_WORKER * workers;
          while (queue.length < QUEUED_PER_WORKER && next < blocks.length && next - upTo < ahead) {
            if (stopped.has(worker)) return fail(new Error('a block worker stopped before its blocks were sent'));
            const block = blocks[next++];
            queue.push(block);
            worker.postMessage(block);
            stats.maxAhead = Math.max(stats.maxAhead, next - upTo);
          }
        }
      };
      for (const worker of pool) {
        worker.on('message', (t: TransferredBlock | ModelAnswer) => {
          if ('kind' in t) return;
          const queue = inFlight.get(worker) as number[];
          queue.shift();
          settle(t.block, fromTransfer(t));
          fill(nextWanted);
        });
        worker.on('error', fail);
        // A worker that stops with blocks in flight (even with code 0) would leave them unanswered.
        worker.on('exit', (code) => {
          if (code !== 0 || (inFlight.get(worker) as number[]).length > 0)
            fail(new Error(`a block worker stopped with exit code ${code}`));
        });
      }
      try {
        for (let i = 0; i < blocks.length; i++) {
          nextWanted = i;
          fill(i);
          if (failure) throw failure;
          const block = blocks[i];
          const ready = done.get(block);
          if (ready) {
            done.delete(block);
            yield ready;
            continue;
          }
          yield await new Promise<BlockResult>((resolve, reject) => waiting.set(block, { resolve, reject }));
        }
      } finally {
        for (const w of waiting.values()) w.reject(new Error('stopped'));
      }
    },
    startSummaryModels(sample, seed) {
      // The forest on the first worker, the smoke model on the last: both train at once.
      const models = Promise.all([
        fit('randomForest', pool[0], { sample, seed }),
        fit('smoke', pool[pool.length - 1], { sample, seed }),
      ]).then(([randomForest, smoke]) => ({ smoke, randomForest }));
      // Awaited by the caller later; a failure until then is not an unhandled rejection.
      models.catch(() => undefined);
      return () => models;
    },
    sketchOnly(source, columns) {
      const hint: SketchOnlyHint = { kind: 'sketchOnly', source, columns: [...columns] };
      for (const worker of pool) if (!stopped.has(worker)) worker.postMessage(hint);
    },
    async close() {
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
