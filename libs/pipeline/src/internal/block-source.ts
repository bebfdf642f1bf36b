import type { EntityPlan } from '@synth/entities';
import type { BlockContext } from './block-context';
import type { BlockResult } from './process-block';
import type { ForestFigures } from './difficulty/random-forest-figures';
import type { SplitSample } from './smoke/pair-sample';

/** Produces block results in block order, however they are computed. */
export interface BlockSource {
  /** Yields the result of every block in `blocks`, in that order. */
  results(blocks: readonly number[]): AsyncGenerator<BlockResult>;
  /**
   * The summary's random forest (`sampleForest`) of the final smoke sample, where the blocks are computed: on a
   * worker it trains while the main thread closes and reads back the files.
   */
  sampleForest(splits: Readonly<Record<string, SplitSample>>, seed: number): Promise<ForestFigures | null>;
  close(): Promise<void>;
}

/** Everything a worker needs to rebuild the run's context and plan on its side. */
export interface WorkerSetup {
  ctx: BlockContext;
  plan: EntityPlan;
  chunksPerBlock: number;
}

/** A job other than a block that the main thread posts to a block worker. */
export interface ForestJob {
  kind: 'forest';
  splits: Readonly<Record<string, SplitSample>>;
  seed: number;
}

/** A block worker's answer to a {@link ForestJob}. */
export interface ForestAnswer {
  kind: 'forest';
  figures: ForestFigures | null;
}
