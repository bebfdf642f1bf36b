// The records of a run as processBlock makes them, for the benchmarks that replay a stage on real records: the
// schema and plan of a profile, each source's columns and noise fields, and the records of a range of chunks
// rendered and noised in place (each variant from its own stream), with their truth rows.
import { join } from 'node:path';

/**
 * Loads the libs' sources through `require` (see require-sources.mjs) and plans `counts` with `seed`.
 * `forEachRecord(fromChunk, toChunk, f)` calls `f(source, row, truth)` for every record of chunks `[from, to)`.
 */
export function blockRecords(require, root, { seed, counts }) {
  const { planEntities, renderChunk, CHUNK_SIZE } = require(join(root, 'libs/entities/src/index.ts'));
  const { loadSchema } = require(join(root, 'libs/schema/src/index.ts'));
  const noise = require(join(root, 'libs/noise/src/index.ts'));
  const { createRng, createRngs } = require(join(root, 'libs/random/src/index.ts'));
  const { TRUTH_COLUMNS } = require(join(root, 'libs/pipeline/src/dataset-layout.ts'));
  const { schema } = loadSchema(join(root, 'automotive_schemas.json'));
  const plan = planEntities(schema, { seed, counts, refDate: '2026-01-01T00:00:00Z' });
  const profile = noise.defaultNoiseProfile;
  const sources = ['leads', 'sales', 'financial'];
  const columns = {};
  const fields = {};
  for (const source of sources) {
    columns[source] = schema.entities[source].fields.map((f) => f.name);
    fields[source] = schema.entities[source].fields.map((f) => ({
      name: f.name,
      kind: f.kind,
      nullable: !f.required || f.nullShare > 0,
    }));
  }
  const tally = new noise.NoiseTally(profile);
  const noiseRngs = Object.fromEntries(sources.map((s) => [s, createRngs(seed, 'noise', s)]));
  function forEachRecord(fromChunk, toChunk, f) {
    for (let chunk = fromChunk; chunk < Math.min(plan.chunkCount, toChunk); chunk++) {
      const draws = new noise.NoiseDraws(createRng(seed, 'noise', 'draws', chunk), profile);
      for (const record of renderChunk(plan, schema, chunk)) {
        // As processBlock makes them: a variant record's own row noised in place from its own stream.
        const row = record.row;
        let cell = '';
        if (record.variant) {
          const rng = noiseRngs[record.source](record.id);
          cell = noise.formatAppliedNoise(
            noise.applyNoiseInPlace(row, fields[record.source], profile, rng, tally, draws),
          );
        }
        const truth = {
          source: record.source,
          id: record.id,
          entity_id: record.entityId,
          is_duplicate: record.isDuplicate ? 'true' : 'false',
          dup_of: record.dupOf,
          noise: cell,
        };
        f(record.source, row, truth);
      }
    }
  }
  return {
    schema,
    plan,
    columns,
    fields,
    sources,
    chunksPerBlock: Math.round(10_000 / CHUNK_SIZE),
    TRUTH_COLUMNS,
    forEachRecord,
  };
}
