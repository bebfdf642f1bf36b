import type { BlockDifficulty } from './block-difficulty';
import { NameCounts } from './name-counts';

/** The run's exact difficulty counts, merged block by block (order-free sums). */
export interface DifficultyCounts {
  positives: number;
  nameOnlyPositives: number;
  nameOnlyPositiveShare: number | null;
  nameVariationPositives: number;
  nameVariationRate: number | null;
  entities: number;
  homonymousEntities: number;
  homonymyRate: number | null;
}

const rate = (n: number, of: number) => (of > 0 ? n / of : null);

/**
 * Sums the blocks' {@link BlockDifficulty} counts and merges their name counts, so the rates are of the whole
 * run (or shard), exact, and the same whatever the number of workers.
 *
 * @example
 * const tally = new DifficultyTally();
 * for (const block of blocks) tally.add(block.difficulty);
 * tally.counts().nameOnlyPositiveShare; // e.g. 0.021
 */
export class DifficultyTally {
  private positives = 0;
  private nameOnly = 0;
  private nameVariation = 0;
  private readonly names = new NameCounts();

  add(block: BlockDifficulty): void {
    this.positives += block.positives;
    this.nameOnly += block.nameOnlyPositives;
    this.nameVariation += block.nameVariationPositives;
    this.names.merge(block.names);
  }

  counts(): DifficultyCounts {
    const homonymous = this.names.homonymousEntities();
    return {
      positives: this.positives,
      nameOnlyPositives: this.nameOnly,
      nameOnlyPositiveShare: rate(this.nameOnly, this.positives),
      nameVariationPositives: this.nameVariation,
      nameVariationRate: rate(this.nameVariation, this.positives),
      entities: this.names.entities,
      homonymousEntities: homonymous,
      homonymyRate: rate(homonymous, this.names.entities),
    };
  }
}
