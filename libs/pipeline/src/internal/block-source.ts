import type { EntityPlan } from '@synth/entities';
import type { Source } from '@synth/features';
import type { BlockContext } from './block-context';
import type { BlockResult } from './process-block';
import type { SmokeSample } from './smoke/pair-sample';
import type { SummaryModels } from './summary-models';

/** Produces block results in block order, however they are computed. */
export interface BlockSource {
  /** Yields the result of every block in `blocks`, in that order. */
  results(blocks: readonly number[]): AsyncGenerator<BlockResult>;
  /**
   * Starts fitting the summary's models of the final smoke sample (`fitSummaryModel`) where the blocks are
   * computed, and returns the function that waits for them: on workers (one model each) they train while the main
   * thread closes and reads back the files; in this thread they are fitted when that function is called.
   */
  startSummaryModels(sample: SmokeSample, seed: number): () => Promise<SummaryModels>;
  /**
   * Tells the blocks computed from now on to profile `columns` of `source` by sketch only (their exact count
   * overflowed): blocks already under way still bring exact hashes, which give the same figures.
   */
  sketchOnly(source: Source, columns: readonly string[]): void;
  close(): Promise<void>;
}

/** Everything a worker needs to rebuild the run's context and plan on its side. */
export interface WorkerSetup {
  ctx: BlockContext;
  plan: EntityPlan;
  chunksPerBlock: number;
}
