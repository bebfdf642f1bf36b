import { EventEmitter } from 'node:events';
import { planEntities } from '@synth/entities';
import { SOURCES } from '@synth/features';
import type { Source } from '@synth/features';
import { NOISE_PRESETS } from '@synth/noise';
import { loadSchema } from '@synth/schema';
import { createColumnProfiler } from '@synth/validation';
import { resolveGenerateOptions } from '../resolve-generate-options';
import { runBlockWorker } from '../run-block-worker';
import { SCHEMA } from '../testing-internal/temp-dirs';
import { addSketchOnly, createBlockContext } from './block-context';
import type { BlockContext, SketchOnlyHint } from './block-context';
import { entityOptions } from './entity-options';
import { FoldedReview } from './folded-review';
import type { FoldedTarget } from './folded-review';
import { processBlock } from './process-block';
import type { TransferredBlock } from './process-block';

// The worker's thread, faked: runBlockWorker listens on this port and reads this setup.
const mockThread = { port: Object.assign(new EventEmitter(), { postMessage: jest.fn() }), data: {} };
jest.mock('node:worker_threads', () => ({
  get parentPort() {
    return mockThread.port;
  },
  get workerData() {
    return mockThread.data;
  },
}));

// The dev profile: 3 blocks of 1,000 entities, ~500 records per file and block. With 490 values counted
// exactly, ids overflow in block 0, most other columns in block 1, leads' first_name in block 2; the
// small columns (country, status, …) stay exact.
const CAP = 490;
const options = resolveGenerateOptions({ dev: true, seed: 5, schema: SCHEMA });
const schema = loadSchema(SCHEMA).schema;
const plan = planEntities(schema, entityOptions(options));
const newContext = () => createBlockContext(options, schema, NOISE_PRESETS[options.difficulty], null);
const blocks = Array.from({ length: plan.chunkCount }, (_, b) => b);

function newReview(ctx: BlockContext, onSketched?: FoldedTarget['onSketched']): FoldedReview {
  const target = { schema, columns: ctx.columns, gates: false, negRatio: options.negRatio, piiHashed: false };
  return new FoldedReview({ ...target, seed: options.seed, suffix: '', exactCap: CAP, onSketched });
}

/**
 * Adds every block to a review, each computed after the previous one was added (so a hint reaches the next
 * blocks when `hintsReachBlocks`); returns the hints heard, the columns profiled by sketch only, the figures.
 */
function run(ctx: BlockContext, hintsReachBlocks: boolean) {
  const heard: (SketchOnlyHint & { after: number })[] = [];
  let block = -1;
  const review = newReview(ctx, (source, columns) => {
    heard.push({ kind: 'sketchOnly', source, columns, after: block });
    if (hintsReachBlocks) addSketchOnly(ctx, { source, columns });
  });
  let sketchedParts = 0;
  for (block of blocks) {
    const result = processBlock(ctx, plan, block, 1);
    for (const source of SOURCES) sketchedParts += result.review.profiles[source].sketches?.filter(Boolean).length ?? 0;
    review.add(result);
  }
  return { heard, sketchedParts, figures: review.finish().profiles };
}

describe('FoldedReview sketch hints', () => {
  it('should tell of each overflowing column once, right after the block that overflowed it', () => {
    // What to expect, from exact distinct counts (default cap) after each block.
    const exact = Object.fromEntries(SOURCES.map((s) => [s, createColumnProfiler(newContext().columns[s])]));
    const ctx = newContext();
    const expected: { source: Source; columns: string[]; after: number }[] = [];
    const over = new Set<string>();
    for (const block of blocks) {
      const result = processBlock(ctx, plan, block, 1);
      for (const source of SOURCES) {
        exact[source].addPart(result.review.profiles[source]);
        const now = Object.entries(exact[source].finish()).filter(
          ([c, p]) => p.distinct > CAP && !over.has(`${source}.${c}`),
        );
        now.forEach(([c]) => over.add(`${source}.${c}`));
        if (now.length) expected.push({ source, columns: now.map(([c]) => c), after: block });
      }
    }
    expect(new Set(expected.map((e) => e.after))).toEqual(new Set(blocks));

    const { heard, figures } = run(newContext(), false);
    expect(heard.map(({ source, columns, after }) => ({ source, columns, after }))).toEqual(expected);
    for (const source of SOURCES)
      for (const [column, { exact: isExact }] of Object.entries(figures[source].uniqueness))
        expect({ source, column, exact: isExact }).toEqual({ source, column, exact: !over.has(`${source}.${column}`) });
  });

  it('should give the same figures whether later blocks profile the hinted columns by sketch only or not', () => {
    const plain = run(newContext(), false);
    const ctx = newContext();
    const hinted = run(ctx, true);
    expect(hinted.heard).toEqual(plain.heard);
    expect(plain.sketchedParts).toBe(0);
    expect(hinted.sketchedParts).toBeGreaterThan(10);
    expect(hinted.figures).toEqual(plain.figures);
  });

  it('should profile by sketch only in a block worker once told', () => {
    const ctx = newContext();
    mockThread.data = { ctx, plan, chunksPerBlock: 1 };
    runBlockWorker();
    const hint: SketchOnlyHint = { kind: 'sketchOnly', source: 'sales', columns: ['id', 'email'] };
    mockThread.port.emit('message', hint);
    expect(ctx.sketchOnly).toEqual({ leads: [], sales: ['id', 'email'], financial: [] });
    mockThread.port.emit('message', 0);
    const [message] = mockThread.port.postMessage.mock.calls[0] as [TransferredBlock];
    const { hashes, sketches } = message.review.profiles.sales;
    const sketched = ctx.columns.sales.filter((_, i) => sketches?.[i] && hashes[i].length === 0);
    expect(sketched).toEqual(['id', 'email']);
  });
});
