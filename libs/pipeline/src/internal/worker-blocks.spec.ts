import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AHEAD_PER_WORKER, workerBlocks } from './worker-blocks';
import type { WorkerSetup } from './block-source';

// A stand-in worker: answers each block at once with an empty result, so the writer is the slow side; a block's
// result lists the sketch-only hints the worker had by then. With `slowFirst` in its data, block 0 is held until the
// workers together have received `slowFirst.blocks` blocks (counted in a shared buffer), or for 10 s at most. It was
// held 300 ms, which a loaded machine could spend before the other worker had filled the window.
const FAKE_WORKER = `
const { parentPort, threadId, workerData } = require('node:worker_threads');
const empty = { csv: {}, rows: {}, pairs: { length: 0, columns: {}, features: [] }, tally: {}, pairStats: {} };
const hints = [];
const slow = workerData.slowFirst;
const received = slow ? new Int32Array(slow.received) : null;
const hold = (answer) => {
  const since = Date.now();
  const poll = setInterval(() => {
    if (Atomics.load(received, 0) < slow.blocks && Date.now() - since < 10000) return;
    clearInterval(poll);
    answer();
  }, 1);
};
parentPort.on('message', (job) => {
  const answer = () => parentPort.postMessage({ block: job, ...empty, hints: [...hints], thread: threadId });
  if (typeof job === 'number') {
    if (received) Atomics.add(received, 0, 1);
    if (job === 0 && slow) hold(answer);
    else setTimeout(answer, 0);
  } else if (job.kind === 'sketchOnly') hints.push(job);
  else if (job.seed < 0) process.exit(3);
  else {
    const result = { model: job.model, seed: job.seed, pairs: job.sample.splits.train.y.length, thread: threadId };
    parentPort.postMessage({ kind: 'model', model: job.model, result });
  }
});
`;

describe(workerBlocks, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'synth-worker-'));
  const script = path.join(dir, 'fake-worker.js');
  writeFileSync(script, FAKE_WORKER);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([1, 2, 3])(
    'should yield blocks in order, at most AHEAD_PER_WORKER × %i ahead of a slow writer',
    async (workers) => {
      const source = workerBlocks({} as WorkerSetup, workers, script);
      const blocks = Array.from({ length: 40 }, (_, i) => i * 3);
      const seen: number[] = [];
      for await (const result of source.results(blocks)) {
        seen.push(result.block);
        await new Promise((r) => setTimeout(r, 2));
      }
      await source.close();
      expect(seen).toEqual(blocks);
      expect(source.stats.maxAhead).toBeLessThanOrEqual(AHEAD_PER_WORKER * workers);
      expect(source.stats.maxAhead).toBeGreaterThan(0);
    },
  );

  it('should keep the other workers going while one block is slow, up to the bound', async () => {
    // Block 0 is answered once the whole window has been sent (or after 10 s, when the assertion below fails).
    const slowFirst = { received: new SharedArrayBuffer(4), blocks: AHEAD_PER_WORKER * 2 };
    const source = workerBlocks({ slowFirst } as unknown as WorkerSetup, 2, script);
    const blocks = Array.from({ length: 40 }, (_, i) => i);
    const seen: number[] = [];
    for await (const result of source.results(blocks)) seen.push(result.block);
    await source.close();
    expect(seen).toEqual(blocks);
    // While block 0 is computed, the other worker runs on until the whole window is used.
    expect(source.stats.maxAhead).toBe(AHEAD_PER_WORKER * 2);
  }, 30_000);

  it('should tell every worker which columns the next blocks profile by sketch only', async () => {
    const source = workerBlocks({} as WorkerSetup, 2, script);
    source.sketchOnly('leads', ['id', 'email']);
    const results: unknown[] = [];
    for await (const result of source.results([0, 1, 2, 3])) results.push(result);
    await source.close();
    const hint = { kind: 'sketchOnly', source: 'leads', columns: ['id', 'email'] };
    for (const result of results) expect(result).toMatchObject({ hints: [hint] });
    expect(new Set(results.map((r) => (r as { thread: number }).thread)).size).toBe(2);
  });

  it('should fit the two summary models on two workers at once, after the blocks', async () => {
    const source = workerBlocks({} as WorkerSetup, 2, script);
    for await (const result of source.results([0, 1, 2])) expect(result.pairs.length).toBe(0);
    const train = { seen: 3, rows: [[0.1], [0.9], [0.2]], y: [0, 1, 0], kinds: ['a', 'b', 'a'] };
    const models = (await source.startSummaryModels({ features: ['f'], splits: { train } }, 42)()) as unknown as Record<
      string,
      { model: string; seed: number; pairs: number; thread: number }
    >;
    await source.close();
    expect(models['smoke']).toMatchObject({ model: 'smoke', seed: 42, pairs: 3 });
    expect(models['randomForest']).toMatchObject({ model: 'randomForest', seed: 42, pairs: 3 });
    expect(models['smoke'].thread).not.toBe(models['randomForest'].thread);
  });

  it('should reject the summary models when a worker stops', async () => {
    const source = workerBlocks({} as WorkerSetup, 1, script);
    const train = { seen: 0, rows: [], y: [], kinds: [] };
    await expect(source.startSummaryModels({ features: [], splits: { train } }, -1)()).rejects.toThrow(
      'a block worker stopped with exit code 3',
    );
    await source.close();
  });

  it('should reject, not hang, when a worker has stopped by itself (code 0) before the models or a block', async () => {
    const quitter = path.join(dir, 'quitter.js');
    writeFileSync(quitter, 'process.exit(0);');
    const train = { seen: 0, rows: [], y: [], kinds: [] };
    const models = workerBlocks({} as WorkerSetup, 2, quitter);
    await expect(models.startSummaryModels({ features: [], splits: { train } }, 1)()).rejects.toThrow(
      /a block worker stopped/,
    );
    await models.close();
    const blocks = workerBlocks({} as WorkerSetup, 1, quitter);
    await expect(blocks.results([0]).next()).rejects.toThrow(/a block worker stopped/);
    await blocks.close();
  });

  it('should refuse to start without the worker script', () => {
    expect(() => workerBlocks({} as WorkerSetup, 2, path.join(dir, 'missing.js'))).toThrow(
      'missing.js is missing: worker threads need the built package or CLI',
    );
  });
});
