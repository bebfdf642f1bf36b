import type { EntityPlan } from '@synth/entities';
import type { BlockContext } from './block-context';
import type { BlockResult } from './process-block';

/** Produces block results in block order, however they are computed. */
export interface BlockSource {
  /** Yields the result of every block in `blocks`, in that order. */
  results(blocks: readonly number[]): AsyncGenerator<BlockResult>;
  close(): Promise<void>;
}

/** Everything a worker needs to rebuild the run's context and plan on its side. */
export interface WorkerSetup {
  ctx: BlockContext;
  plan: EntityPlan;
  chunksPerBlock: number;
}
