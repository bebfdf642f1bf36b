import { addSketchOnly } from './block-context';
import type { BlockSource, WorkerSetup } from './block-source';
import { processBlock } from './process-block';
import type { BlockResult } from './process-block';
import { fitSummaryModel } from './summary-models';

/** Blocks computed on the main thread, one after another (`--workers 1`). */
export function inThreadBlocks({ ctx, plan, chunksPerBlock }: WorkerSetup): BlockSource {
  return {
    async *results(blocks: readonly number[]): AsyncGenerator<BlockResult> {
      for (const block of blocks) yield processBlock(ctx, plan, block, chunksPerBlock);
    },
    startSummaryModels(sample, seed) {
      return async () => ({
        smoke: fitSummaryModel('smoke', sample, seed),
        randomForest: fitSummaryModel('randomForest', sample, seed),
      });
    },
    sketchOnly(source, columns) {
      addSketchOnly(ctx, { source, columns: [...columns] });
    },
    async close() {
      /* nothing to release */
    },
  };
}
