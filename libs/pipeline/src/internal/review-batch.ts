import { SOURCES } from '@synth/features';
import type { Source } from '@synth/features';
import type { CsvBytes } from '@synth/io';
import type { BlockReviewer } from './block-review';

/**
 * Records held for the block's checks at most: few enough that a young-generation scavenge seldom finds them
 * alive (one runs about once per chunk of 1,000 entities), many enough for the column profiles' batch loops.
 */
export const REVIEW_BATCH = 256;

/**
 * The rows of a block on their way to its {@link BlockReviewer}, a few at a time: each record as written and
 * its truth row are held until {@link REVIEW_BATCH} records wait, then checked and dropped, so that they die
 * young instead of living (and being copied by every scavenge) until the block is done. Given the CSV bytes that
 * the records are written to (`csv`) and each record's line start, it hands the reviewer their lines too, read
 * while they are still in the cache.
 */
export class ReviewBatch {
  /** Milliseconds spent in the reviewer so far. */
  time = 0;
  /** Records (and truth rows) reviewed so far, per source and in all. */
  readonly counts: Record<Source | 'truth', number> = { leads: 0, sales: 0, financial: 0, truth: 0 };
  private rows: Record<Source, Record<string, string>[]> = { leads: [], sales: [], financial: [] };
  private truth: Record<string, string>[] = [];
  /** Per source, the byte where each record's line starts in `csv` (-1: not given). */
  private starts: Record<Source, number[]> = { leads: [], sales: [], financial: [] };

  constructor(
    private readonly reviewer: BlockReviewer,
    private readonly size = REVIEW_BATCH,
    /** The bytes each source's records are written to, if their lines are to be reviewed with them. */
    private readonly csv?: Record<Source, CsvBytes>,
  ) {}

  /**
   * One record of `source` as written, and its truth row; `lineStart`: where its line starts in the source's `csv`
   * (its `byteLength` before the record was added), or -1.
   */
  add(source: Source, row: Record<string, string>, truth: Record<string, string>, lineStart = -1): void {
    this.rows[source].push(row);
    this.starts[source].push(lineStart);
    this.truth.push(truth);
    if (this.truth.length >= this.size) this.flush();
  }

  /** Reviews the rows waiting (each source's records, then the truth rows), and lets them go. */
  flush(): void {
    if (this.truth.length === 0) return;
    const start = performance.now();
    for (const source of SOURCES) {
      const starts = this.starts[source];
      const lines = this.csv && !starts.includes(-1) ? { csv: this.csv[source].view(), starts } : undefined;
      this.reviewer.addRecords(source, this.rows[source], lines);
      this.counts[source] += this.rows[source].length;
    }
    this.reviewer.addTruth(this.truth);
    this.counts.truth += this.truth.length;
    this.rows = { leads: [], sales: [], financial: [] };
    this.starts = { leads: [], sales: [], financial: [] };
    this.truth = [];
    this.time += performance.now() - start;
  }
}
