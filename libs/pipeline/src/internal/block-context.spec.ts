import type { EntityPlan } from '@synth/entities';
import { addSketchOnly } from './block-context';
import type { BlockContext } from './block-context';
import { inThreadBlocks } from './in-thread-blocks';

describe(addSketchOnly, () => {
  const emptyContext = () => ({ sketchOnly: { leads: [], sales: [], financial: [] } }) as unknown as BlockContext;

  it('should add the columns of a hint to its source once each, in the order heard', () => {
    const ctx = emptyContext();
    addSketchOnly(ctx, { source: 'leads', columns: ['id', 'email'] });
    addSketchOnly(ctx, { source: 'leads', columns: ['phone', 'id'] });
    addSketchOnly(ctx, { source: 'sales', columns: ['id'] });
    expect(ctx.sketchOnly).toEqual({ leads: ['id', 'email', 'phone'], sales: ['id'], financial: [] });
  });

  it('should tell the in-thread blocks at once', () => {
    const ctx = emptyContext();
    const source = inThreadBlocks({ ctx, plan: {} as EntityPlan, chunksPerBlock: 1 });
    source.sketchOnly('financial', ['account']);
    expect(ctx.sketchOnly.financial).toEqual(['account']);
  });
});
