import { renderChunk } from '@synth/entities';
import type { EntityPlan } from '@synth/entities';
import { featureNames, toPartyRecord, SOURCES } from '@synth/features';
import { applyNoise, formatAppliedNoise, NoiseDraws, NoiseTally } from '@synth/noise';
import type { NoiseTallyJson } from '@synth/noise';
import type { Source } from '@synth/features';
import { buildPairBatch, pairColumns } from '@synth/pairing';
import type { PairStats } from '@synth/pairing';
import type { PairingRecord } from '@synth/pairing';
import { createRng } from '@synth/random';
import type { BlockContext } from './block-context';
import { CsvBytes } from '@synth/io';
import { hashPii } from './pii';
import { blockDifficulty } from './difficulty/block-difficulty';
import type { BlockDifficulty } from './difficulty/block-difficulty';
import { NameCounts } from './difficulty/name-counts';
import { plantPairFault, plantRecordFault } from './block-fault';
import { reviewBlock } from './block-review';
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
   * and checks (validation of what the block writes).
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

/** CSV lines (no header) of rows, as UTF-8. */
function csvBytes(columns: readonly string[], rows: readonly Record<string, string>[]): Uint8Array {
  const out = new CsvBytes();
  for (const row of rows) out.addRow(columns, row);
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
 * Pure: the same context and block give the same result in any thread or process.
 */
export function processBlock(ctx: BlockContext, plan: EntityPlan, block: number, chunksPerBlock: number): BlockResult {
  const { seed } = ctx.options;
  // Rows are held for the block's checks (and a test's planted fault), then encoded as CSV lines.
  const rows: Record<Source, Record<string, string>[]> = { leads: [], sales: [], financial: [] };
  const truth: Record<string, string>[] = [];
  const pairing: PairingRecord[] = [];
  const tally = new NoiseTally(ctx.noiseProfile);
  const names = new NameCounts();
  const first = block * chunksPerBlock;
  const last = Math.min(plan.chunkCount, first + chunksPerBlock);
  const t0 = performance.now();
  for (let chunk = first; chunk < last; chunk++) {
    // Decisions stratified per strategy over the chunk's records, whose order never depends on blocks or workers.
    const draws = new NoiseDraws(createRng(seed, 'noise', 'draws', chunk), ctx.noiseProfile);
    for (const record of renderChunk(plan, ctx.schema, chunk)) {
      let row = record.row;
      // The canonical (clean, first) record carries the entity's true name.
      if (!record.variant) names.add(row['first_name'], row['last_name']);
      let noise = '';
      if (record.variant) {
        const rng = createRng(seed, 'noise', record.source, record.id);
        const result = applyNoise(row, ctx.noiseFields[record.source], ctx.noiseProfile, rng, tally, draws);
        row = result.row;
        noise = formatAppliedNoise(result.changes);
      }
      truth.push({
        source: record.source,
        id: record.id,
        entity_id: record.entityId,
        is_duplicate: record.isDuplicate ? 'true' : 'false',
        dup_of: record.dupOf,
        noise,
      });
      pairing.push({
        source: record.source,
        id: record.id,
        entityId: record.entityId,
        // A confuser shares its target's split, so the hard negative between them is usable.
        splitGroup: record.confuserOf ?? record.entityId,
        party: toPartyRecord(record.source, row),
      });
      rows[record.source].push(ctx.salt === null ? row : hashPii(row, ctx.piiColumns[record.source], ctx.salt));
    }
  }
  // Test-only: a planted defect (never set outside tests) lands in what is written and checked.
  plantRecordFault(ctx.fault, block, ctx.schema, rows);
  const csv = {} as BlockResult['csv'];
  const counts = {} as BlockResult['rows'];
  for (const source of SOURCES) {
    csv[source] = csvBytes(ctx.columns[source], rows[source]);
    counts[source] = rows[source].length;
  }
  csv.truth = csvBytes(TRUTH_COLUMNS, truth);
  counts.truth = truth.length;
  const t1 = performance.now();
  const batch = buildPairBatch(pairing, {
    seed,
    block,
    negRatio: ctx.options.negRatio,
    withinSourceShare: ctx.options.withinSourceShare,
    fractions: ctx.options.splits,
  });
  const { stats } = batch;
  const difficulty = blockDifficulty(pairing, batch, names);
  const table = plantPairFault(ctx.fault, block, pairBatchTable(batch, pairing));
  const pairsCsv = pairsCsvBytes(table);
  const t2 = performance.now();
  const review = reviewBlock(ctx, block, rows, truth, table);
  // Thread time per phase: records (render, noise, PII hashing, CSV text), pairs (mining, features, columns), checks.
  const timings = { records: t1 - t0, pairs: t2 - t1, checks: performance.now() - t2 };
  return { block, csv, rows: counts, pairs: table, pairsCsv, tally, pairStats: stats, timings, difficulty, review };
}
