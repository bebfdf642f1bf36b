import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { planEntities } from '@synth/entities';
import { SOURCES } from '@synth/features';
import { readCsv } from '@synth/io';
import { NOISE_PRESETS } from '@synth/noise';
import { loadSchema } from '@synth/schema';
import { TRUTH_COLUMNS } from '../dataset-layout';
import { resolveGenerateOptions } from '../resolve-generate-options';
import { SCHEMA, tempDirs } from '../testing-internal/temp-dirs';
import { createBlockContext } from './block-context';
import type { BlockFault } from './block-fault';
import { createBlockReviewer } from './block-review';
import { entityOptions } from './entity-options';
import { processBlock } from './process-block';

const options = resolveGenerateOptions({ dev: true, seed: 11, schema: SCHEMA });
const schema = loadSchema(SCHEMA).schema;
const plan = planEntities(schema, entityOptions(options));
const temp = tempDirs('synth-block-review-');
afterEach(() => temp.removeAll());

/** The rows of CSV lines `bytes` (no header) of `columns`, read back as a file would be. */
async function rowsOf(columns: readonly string[], bytes: Uint8Array): Promise<Record<string, string>[]> {
  const file = path.join(temp.make().dir, 'rows.csv');
  writeFileSync(file, Buffer.concat([Buffer.from(`${columns.join(',')}\n`), bytes]));
  const rows: Record<string, string>[] = [];
  for await (const row of readCsv(file)) rows.push(row);
  return rows;
}

describe(createBlockReviewer, () => {
  it.each([
    ['no fault', null],
    ['a bad email', { block: 0, kind: 'bad-email' }],
    ['a duplicate id', { block: 0, kind: 'duplicate-id' }],
  ] as [string, BlockFault | null][])(
    'should review a block made batch by batch as its whole files fed at once (%s)',
    async (_, fault) => {
      // Two chunks of 1,000 entities: several batches of records, each source's split over them.
      const ctx = createBlockContext(options, schema, NOISE_PRESETS[options.difficulty], null, fault);
      const result = processBlock(ctx, plan, 0, 2);
      const reviewer = createBlockReviewer(ctx, 0);
      for (const source of SOURCES) reviewer.addRecords(source, await rowsOf(ctx.columns[source], result.csv[source]));
      reviewer.addTruth(await rowsOf(TRUTH_COLUMNS, result.csv.truth));
      const whole = reviewer.finish(result.pairs);
      expect(whole).toEqual(result.review);
      const failed = whole.checks.checks.filter((c) => c.failed > 0).map((c) => c.name);
      expect(failed).toEqual(fault === null ? [] : [fault.kind === 'bad-email' ? 'email_format' : 'unique_ids']);
    },
    // A block of two chunks rendered, paired and its files read back: 5-9 s each on two loaded cores, past Jest's
    // default 5 s. No timing is asserted.
    60_000,
  );
});
