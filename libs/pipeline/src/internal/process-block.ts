import { renderChunk } from '@synth/entities';
import type { EntityPlan, RenderedRecord } from '@synth/entities';
import { featureNames, SOURCES } from '@synth/features';
import { applyNoiseInPlace, formatAppliedNoise, NoiseDraws, NoiseTally } from '@synth/noise';
import type { NoiseTallyJson } from '@synth/noise';
import type { Source } from '@synth/features';
import { buildPairBatch, pairColumns, PairingColumns } from '@synth/pairing';
import type { PairStats } from '@synth/pairing';
import { createRng, createRngs } from '@synth/random';
import type { BlockContext } from './block-context';
import { CsvBytes } from '@synth/io';
import { hashPii } from './pii';
import { blockDifficulty } from './difficulty/block-difficulty';
import type { BlockDifficulty } from './difficulty/block-difficulty';
import { NameCounts } from './difficulty/name-counts';
import { plantPairFault, recordFaultPlanter } from './block-fault';
import { createBlockReviewer } from './block-review';
import { REVIEW_BATCH, ReviewBatch } from './review-batch';
import type { BlockReview } from './block-review';
import { pairBatchTable, pairTableBuffers } from './pair-table';
import type { PairTable } from './pair-table';
import { TRUTH_COLUMNS } from '../dataset-layout';

/** What one block of entities becomes: rows per output file, pairs, and the block's counts. */
export interface BlockResult {
  block: number;
  /** CSV lines (UTF-8, no header) of each source file and of truth.csv, formatted where the block was computed. */
  csv: Record<Source | 'truth', Uint8Array>;
  /** Rows in each `csv` text. */
  rows: Record<Source | 'truth', number>;
  /** The block's pairs column by column, in pair order (`pairRows` gives them as `pairToRow` rows). */
  pairs: PairTable;
  /** The same pairs as pairs.csv lines (UTF-8). */
  pairsCsv: Uint8Array;
  /**
   * Milliseconds the block took in its thread: records (render, noise, CSV text), pairs (mining, features)
   * and checks (validation of what the block writes). The checks of records and truth rows run a batch at a time
   * while the records are made: their time is measured per batch and taken out of `records`.
   */
  timings: { records: number; pairs: number; checks: number };
  tally: NoiseTally;
  pairStats: PairStats;
  /** Exact difficulty counts of the block: name-only and name-variation positives, entities per name. */
  difficulty: BlockDifficulty;
  /** Validation of the block's own output, merged on the main thread. */
  review: BlockReview;
}

/** The columns of pairs.csv: those of the parquet files. */
export const PAIR_CSV_COLUMNS = pairColumns(featureNames).map((c) => c.name);

/** The pairs.csv lines of a pair table as UTF-8. */
function pairsCsvBytes(table: PairTable): Uint8Array {
  const out = new CsvBytes();
  out.addColumns(PAIR_CSV_COLUMNS, table);
  return out.bytes();
}

/** A block result as it crosses a worker boundary (class instances become plain JSON). */
export type TransferredBlock = Omit<BlockResult, 'tally'> & { tally: NoiseTallyJson };

/**
 * The message a worker posts for a block, and its transfer list: every byte buffer and typed array of the
 * result moves to the main thread instead of being copied (the worker no longer uses them).
 */
export function toTransfer(result: BlockResult): { message: TransferredBlock; transfer: ArrayBuffer[] } {
  const bytes = [...Object.values(result.csv), result.pairsCsv].map((b) => b.buffer as ArrayBuffer);
  const transfer = [...new Set([...bytes, ...pairTableBuffers(result.pairs)])];
  return { message: { ...result, tally: result.tally.toJSON() }, transfer };
}

export function fromTransfer(t: TransferredBlock): BlockResult {
  return { ...t, tally: NoiseTally.fromJSON(t.tally) };
}

/**
 * Renders the chunks of block `block` (chunks `[block * chunksPerBlock, …)`), applies noise to every variant
 * record (edits from stream `(seed, 'noise', source, id)`, apply-or-not decisions stratified per chunk from
 * `(seed, 'noise', 'draws', chunk)`), hashes PII when asked, and builds the block's pairs on the plain values.
 * Each record becomes its CSV lines as it is made and is checked and profiled with the few hundred records around
 * it ({@link ReviewBatch}), so that records die young; only what pairing needs is held for the whole block.
 * Pure: the same context and block give the same result in any thread or process.
 */
export function processBlock(ctx: BlockContext, plan: EntityPlan, block: number, chunksPerBlock: number): BlockResult {
  const { seed } = ctx.options;
  const out: Record<Source | 'truth', CsvBytes> = {
    leads: new CsvBytes(),
    sales: new CsvBytes(),
    financial: new CsvBytes(),
    truth: new CsvBytes(),
  };
  // Only the pairing records live until the pairs are built, as columns (no object per record); rows and truth
  // rows go a batch at a time.
  const pairing = new PairingColumns();
  const tally = new NoiseTally(ctx.noiseProfile);
  const names = new NameCounts();
  const reviewer = createBlockReviewer(ctx, block);
  // Rows as written are held a few at a time for the checks, so that they die young; their column profiles read
  // their CSV lines, just written.
  const toReview = new ReviewBatch(reviewer, REVIEW_BATCH, out);
  // Test-only: a planted defect (never set outside tests) lands in what is written and checked.
  const plant = recordFaultPlanter(ctx.fault, block, ctx.schema);
  const first = block * chunksPerBlock;
  const last = Math.min(plan.chunkCount, first + chunksPerBlock);
  // Each variant record's edits draw from its own stream, `createRng(seed, 'noise', source, id)`.
  const noiseRngs = {
    leads: createRngs(seed, 'noise', 'leads'),
    sales: createRngs(seed, 'noise', 'sales'),
    financial: createRngs(seed, 'noise', 'financial'),
  };
  const t0 = performance.now();
  for (let chunk = first; chunk < last; chunk++) {
    // Decisions stratified per strategy over the chunk's records, whose order never depends on blocks or workers.
    const draws = new NoiseDraws(createRng(seed, 'noise', 'draws', chunk), ctx.noiseProfile);
    // Each rendered record is let go once used, so a scavenge during the chunk copies only the ones still to come.
    const pending: (RenderedRecord | undefined)[] = renderChunk(plan, ctx.schema, chunk);
    for (let i = 0; i < pending.length; i++) {
      const record = pending[i] as RenderedRecord;
      pending[i] = undefined;
      const row = record.row;
      // The canonical (clean, first) record carries the entity's true name.
      if (!record.variant) names.add(row['first_name'], row['last_name']);
      let noise = '';
      if (record.variant) {
        // The record's row is its own (the clean one is not kept): the noise goes into it, no copy made.
        const rng = noiseRngs[record.source](record.id);
        const fields = ctx.noiseFields[record.source];
        noise = formatAppliedNoise(applyNoiseInPlace(row, fields, ctx.noiseProfile, rng, tally, draws));
      }
      const truthRow = {
        source: record.source,
        id: record.id,
        entity_id: record.entityId,
        is_duplicate: record.isDuplicate ? 'true' : 'false',
        dup_of: record.dupOf,
        noise,
      };
      out.truth.addRow(TRUTH_COLUMNS, truthRow);
      // A confuser shares its target's split, so the hard negative between them is usable.
      pairing.addRow(record.source, record.id, record.entityId, record.confuserOf ?? record.entityId, row);
      let written = ctx.salt === null ? row : hashPii(row, ctx.piiColumns[record.source], ctx.salt);
      if (plant) written = plant(record.source, written);
      const lineStart = out[record.source].byteLength;
      out[record.source].addRow(ctx.columns[record.source], written);
      toReview.add(record.source, written, truthRow, lineStart);
    }
  }
  toReview.flush();
  const csv = {} as BlockResult['csv'];
  for (const file of [...SOURCES, 'truth'] as const) csv[file] = out[file].bytes();
  const t1 = performance.now();
  const pairBatch = buildPairBatch(pairing, {
    seed,
    block,
    negRatio: ctx.options.negRatio,
    withinSourceShare: ctx.options.withinSourceShare,
    fractions: ctx.options.splits,
  });
  const { stats } = pairBatch;
  const difficulty = blockDifficulty(pairing, pairBatch, names);
  const table = plantPairFault(ctx.fault, block, pairBatchTable(pairBatch, pairing));
  const pairsCsv = pairsCsvBytes(table);
  const t2 = performance.now();
  const review = reviewer.finish(table);
  // Thread time per phase: records (render, noise, PII hashing, CSV text), pairs (mining, features, columns) and
  // checks (of records and truth rows a batch at a time while they are made, of pairs once they are built).
  const timings = { records: t1 - t0 - toReview.time, pairs: t2 - t1, checks: toReview.time + performance.now() - t2 };
  const rows = toReview.counts;
  return { block, csv, rows, pairs: table, pairsCsv, tally, pairStats: stats, timings, difficulty, review };
}
