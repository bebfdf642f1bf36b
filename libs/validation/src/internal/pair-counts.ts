import { HARD_NEGATIVE_KINDS, PAIR_SPLITS, type PairSplit } from './pair-vocabulary';

/** The counts of a {@link PairCounts} as plain data. */
export interface PairCountsData {
  positives: Record<PairSplit, number>;
  negatives: Record<PairSplit, Record<string, number>>;
}

/** Positives and negatives per split and kind, for `balance` and the gates. */
export class PairCounts implements PairCountsData {
  readonly positives: Record<PairSplit, number> = { train: 0, valid: 0, test: 0 };
  readonly negatives: Record<PairSplit, Record<string, number>> = { train: {}, valid: {}, test: {} };

  add(split: PairSplit, y: 0 | 1, kind: string): void {
    if (y === 1) this.positives[split]++;
    else this.negatives[split][kind] = (this.negatives[split][kind] ?? 0) + 1;
  }

  /** Adds counts made elsewhere (plain data of another `PairCounts`). */
  merge(other: PairCountsData): void {
    for (const s of PAIR_SPLITS) {
      this.positives[s] += other.positives[s];
      for (const [kind, n] of Object.entries(other.negatives[s]))
        this.negatives[s][kind] = (this.negatives[s][kind] ?? 0) + n;
    }
  }

  totalPositives(): number {
    return PAIR_SPLITS.reduce((sum, s) => sum + this.positives[s], 0);
  }

  totalNegatives(kinds?: readonly string[]): number {
    let sum = 0;
    for (const s of PAIR_SPLITS) {
      for (const [kind, n] of Object.entries(this.negatives[s])) if (!kinds || kinds.includes(kind)) sum += n;
    }
    return sum;
  }

  hardNegatives(): number {
    return this.totalNegatives(HARD_NEGATIVE_KINDS);
  }

  /** Per split: positives, negatives by kind and negatives per positive (null without positives). */
  perSplit(): Record<PairSplit, { positives: number; negatives: Record<string, number>; ratio: number | null }> {
    const out = {} as Record<PairSplit, { positives: number; negatives: Record<string, number>; ratio: number | null }>;
    for (const s of PAIR_SPLITS) {
      const negatives = Object.values(this.negatives[s]).reduce((a, b) => a + b, 0);
      out[s] = {
        positives: this.positives[s],
        negatives: { ...this.negatives[s] },
        ratio: this.positives[s] ? negatives / this.positives[s] : null,
      };
    }
    return out;
  }
}
