import { renderChunk } from '@synth/entities';
import type { EntityPlan } from '@synth/entities';
import { toPartyRecord } from '@synth/features';
import { applyNoise, formatAppliedNoise, NoiseTally } from '@synth/noise';
import { buildPairs } from '@synth/pairing';
import type { Pair, PairingRecord } from '@synth/pairing';
import { createRng } from '@synth/random';
import type { Source } from '@synth/schema';
import type { BlockContext } from './block-context';
import { hashPii } from './pii';

/** What one block of entities becomes: rows per output file, pairs, and the block's counts. */
export interface BlockResult {
  block: number;
  rows: Record<Source, Record<string, string>[]>;
  truth: Record<string, string>[];
  pairs: Pair[];
  tally: NoiseTally;
  pairStats: ReturnType<typeof buildPairs>['stats'];
}

/**
 * Renders the chunks of block `block` (chunks `[block * chunksPerBlock, …)`), applies noise to every variant
 * record (stream `(seed, 'noise', source, id)`), hashes PII when asked, and builds the block's pairs on the
 * plain values. Pure: the same context and block give the same result in any thread or process.
 */
export function processBlock(ctx: BlockContext, plan: EntityPlan, block: number, chunksPerBlock: number): BlockResult {
  const { seed } = ctx.options;
  const rows = { leads: [], sales: [], financial: [] } as Record<Source, Record<string, string>[]>;
  const truth: Record<string, string>[] = [];
  const pairing: PairingRecord[] = [];
  const tally = new NoiseTally(ctx.noiseProfile);
  const first = block * chunksPerBlock;
  const last = Math.min(plan.chunkCount, first + chunksPerBlock);
  for (let chunk = first; chunk < last; chunk++) {
    for (const record of renderChunk(plan, ctx.schema, chunk)) {
      let row = record.row;
      let noise = '';
      if (record.variant) {
        const rng = createRng(seed, 'noise', record.source, record.id);
        const result = applyNoise(row, ctx.noiseFields[record.source], ctx.noiseProfile, rng, tally);
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
  const { pairs, stats } = buildPairs(pairing, {
    seed,
    block,
    negRatio: ctx.options.negRatio,
    withinSourceShare: ctx.options.withinSourceShare,
    fractions: ctx.options.splits,
  });
  return { block, rows, truth, pairs, tally, pairStats: stats };
}
