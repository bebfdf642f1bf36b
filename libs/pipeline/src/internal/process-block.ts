import { renderChunk } from '@synth/entities';
import type { EntityPlan } from '@synth/entities';
import { featureNames, toPartyRecord, SOURCES } from '@synth/features';
import { applyNoise, formatAppliedNoise, NoiseDraws, NoiseTally } from '@synth/noise';
import type { NoiseTallyJson } from '@synth/noise';
import type { Source } from '@synth/features';
import { buildPairs, pairColumns } from '@synth/pairing';
import type { PairingRecord } from '@synth/pairing';
import { createRng } from '@synth/random';
import type { BlockContext } from './block-context';
import { formatCsvColumns, formatCsvLine, formatCsvRow } from '@synth/io';
import { hashPii } from './pii';
import { blockDifficulty } from './difficulty/block-difficulty';
import type { BlockDifficulty } from './difficulty/block-difficulty';
import { NameCounts } from './difficulty/name-counts';
import { pairTableBuffers, toPairTable } from './pair-table';
import { Utf8Builder } from './utf8-builder';
import type { PairTable } from './pair-table';

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
  /** Milliseconds the block took in its thread: records (render, noise, CSV text) and pairs (mining, features). */
  timings: { records: number; pairs: number };
  tally: NoiseTally;
  pairStats: ReturnType<typeof buildPairs>['stats'];
  /** Exact difficulty counts of the block: name-only and name-variation positives, entities per name. */
  difficulty: BlockDifficulty;
}

/** The columns of pairs.csv: those of the parquet files. */
export const PAIR_CSV_COLUMNS = pairColumns(featureNames).map((c) => c.name);

/** Pair rows formatted per piece of pairs.csv text: a small string, collected young. */
const CSV_SLICE = 256;

/** The pairs.csv lines of a pair table as UTF-8, formatted a slice of rows at a time. */
function pairsCsvBytes(table: PairTable): Uint8Array {
  const out = new Utf8Builder();
  for (let from = 0; from < table.length; from += CSV_SLICE) {
    out.append(formatCsvColumns(PAIR_CSV_COLUMNS, table, from, Math.min(table.length, from + CSV_SLICE)));
  }
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
  // CSV lines encoded as each record is made, so no row object or line outlives its record.
  const text: Record<Source | 'truth', Utf8Builder> = {
    leads: new Utf8Builder(),
    sales: new Utf8Builder(),
    financial: new Utf8Builder(),
    truth: new Utf8Builder(),
  };
  const counts: BlockResult['rows'] = { leads: 0, sales: 0, financial: 0, truth: 0 };
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
      // The columns of TRUTH_COLUMNS (dataset-layout.ts), in order.
      const duplicate = record.isDuplicate ? 'true' : 'false';
      text.truth.append(formatCsvLine([record.source, record.id, record.entityId, duplicate, record.dupOf, noise]));
      counts.truth++;
      pairing.push({
        source: record.source,
        id: record.id,
        entityId: record.entityId,
        // A confuser shares its target's split, so the hard negative between them is usable.
        splitGroup: record.confuserOf ?? record.entityId,
        party: toPartyRecord(record.source, row),
      });
      const out = ctx.salt === null ? row : hashPii(row, ctx.piiColumns[record.source], ctx.salt);
      text[record.source].append(formatCsvRow(ctx.columns[record.source], out));
      counts[record.source]++;
    }
  }
  const csv = {} as BlockResult['csv'];
  for (const file of [...SOURCES, 'truth'] as const) csv[file] = text[file].bytes();
  const t1 = performance.now();
  const { pairs, stats } = buildPairs(pairing, {
    seed,
    block,
    negRatio: ctx.options.negRatio,
    withinSourceShare: ctx.options.withinSourceShare,
    fractions: ctx.options.splits,
  });
  const difficulty = blockDifficulty(pairing, pairs, names);
  const table = toPairTable(pairs, featureNames);
  const pairsCsv = pairsCsvBytes(table);
  // Thread time per phase: records (render, noise, PII hashing, CSV text) and pairs (mining, features, columns).
  const timings = { records: t1 - t0, pairs: performance.now() - t1 };
  return { block, csv, rows: counts, pairs: table, pairsCsv, tally, pairStats: stats, timings, difficulty };
}
