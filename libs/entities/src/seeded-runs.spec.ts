import { createHash } from 'node:crypto';
import { SOURCES } from '@synth/schema';
import { renderChunk } from './render-chunk';
import { generateAll, SCHEMA } from './testing-internal/generate-all';

/** Seeded snapshot-style runs: any change to generated data (code, tables, faker) shows up here. */
describe('seeded runs', () => {
  it.each([42, 1337])('should render the same data at seed %d', (seed) => {
    const { plan, records } = generateAll({ seed, counts: { leads: 1200, sales: 300, financial: 200 } });
    const digest = createHash('sha256').update(JSON.stringify(records)).digest('hex');
    const firstRows = Object.fromEntries(SOURCES.map((s) => [s, records.find((r) => r.source === s)]));
    expect({ summary: plan.summary, digest, firstRows }).toMatchSnapshot();
  });
});

describe(renderChunk, () => {
  it('should not depend on other chunks having been rendered before', () => {
    const { plan, records } = generateAll({ seed: 42, counts: { leads: 2500, sales: 300, financial: 200 } });
    const last = renderChunk(plan, SCHEMA, plan.chunkCount - 1);
    expect(records.slice(records.length - last.length)).toEqual(last);
  });
});
