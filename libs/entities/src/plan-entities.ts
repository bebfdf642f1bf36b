import { createRng } from '@synth/random';
import { SOURCES, type SchemaSpec, type Source } from '@synth/schema';
import { CHUNK_SIZE } from './chunk-size';
import { CONFUSER_KINDS, type ConfuserKind, type EntityPlan, type SourcePlanSummary } from './entity-plan';
import { resolveGenerationOptions, type GenerationOptionsInput } from './generation-options';
import { allocateDuplicates } from './internal/duplicates';
import { PATTERNS, solveMembership } from './internal/membership';
import { planConfusers, planNeighbours } from './internal/plan-confusers';

const BIT: Record<Source, number> = { leads: 1, sales: 2, financial: 4 };
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const maskName = (m: number) => SOURCES.filter((s) => m & BIT[s]).join('+');

/**
 * Makes the seeded plan: true entities, the sources each is in, its record count per source (exact
 * totals per source), within-source duplicates and confusers. Achieved figures and warnings are in
 * `plan.summary`. Options are checked first (`EntitiesError`); `schema` is part of the signature so the
 * plan can grow schema-dependent decisions without an API change.
 *
 * @example
 * const plan = planEntities(schema, { seed: 42, counts: { leads: 1000, sales: 1000, financial: 1000 } });
 * plan.summary.perSource.sales.records; // 1000
 */
export function planEntities(schema: SchemaSpec, input: GenerationOptionsInput = {}): EntityPlan {
  const options = resolveGenerationOptions(input);
  const { seed, counts, dupRate, dupDistribution: dist } = options;
  const warnings: string[] = [];
  const dups = SOURCES.map((s) => {
    const r = counts[s];
    const wanted = Math.round(dupRate * r);
    const max = Math.floor((r * dist.cap) / (dist.cap + 1));
    if (wanted > max)
      warnings.push(
        `${s}: duplicate share ${pct(dupRate)} needs more than ${dist.cap} duplicates per entity; using ${max}`,
      );
    return Math.min(wanted, max);
  });
  const distinct = SOURCES.map((s, i) => counts[s] - dups[i]) as [number, number, number];
  const m = solveMembership(distinct, options.overlap);
  SOURCES.forEach((s, i) => {
    if (m.overlapping[i] < m.targets[i] - 1) {
      warnings.push(
        `${s}: overlap target ${pct(options.overlap)} not reachable with these volumes; ` +
          `achieved ${pct(m.overlapping[i] / distinct[i])}`,
      );
    }
  });

  const entityCount = PATTERNS.reduce((sum, mask) => sum + m.perMask[mask], 0);
  const masks = new Uint8Array(entityCount);
  let at = 0;
  for (const mask of PATTERNS) masks.fill(mask, at, (at += m.perMask[mask]));
  const rng = createRng(seed, 'plan', 'membership');
  for (let i = entityCount - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const t = masks[i];
    masks[i] = masks[j];
    masks[j] = t;
  }

  const chunkCount = Math.ceil(entityCount / CHUNK_SIZE);
  const recordCounts = {} as Record<Source, Uint8Array>;
  const chunkFirstRecord = {} as Record<Source, Float64Array>;
  const perSource = {} as Record<Source, SourcePlanSummary>;
  SOURCES.forEach((s, i) => {
    const c = new Uint8Array(entityCount);
    const members = new Int32Array(distinct[i]);
    let k = 0;
    for (let e = 0; e < entityCount; e++) {
      if (masks[e] & BIT[s]) {
        c[e] = 1;
        members[k++] = e;
      }
    }
    allocateDuplicates(c, members, dups[i], dist, createRng(seed, 'plan', 'duplicates', s));
    const hist = new Array<number>(dist.cap + 1).fill(0);
    const first = new Float64Array(chunkCount + 1);
    let total = 0;
    for (let e = 0; e < entityCount; e++) {
      if (e % CHUNK_SIZE === 0) first[e / CHUNK_SIZE] = total;
      if (c[e] > 0) hist[c[e] - 1]++;
      total += c[e];
    }
    first[chunkCount] = total;
    recordCounts[s] = c;
    chunkFirstRecord[s] = first;
    perSource[s] = {
      records: total,
      distinctEntities: distinct[i],
      duplicates: total - distinct[i],
      duplicateRate: total === 0 ? 0 : (total - distinct[i]) / total,
      dupPerEntityHistogram: hist,
      overlapTarget: options.overlap,
      overlapAchieved: distinct[i] === 0 ? 0 : m.overlapping[i] / distinct[i],
    };
  });

  const confuserOf = new Int32Array(entityCount).fill(-1);
  const confuserKind = new Uint8Array(entityCount);
  const records = new Uint8Array(entityCount);
  for (let e = 0; e < entityCount; e++)
    records[e] = Math.min(255, recordCounts.leads[e] + recordCounts.sales[e] + recordCounts.financial[e]);
  for (let k = 0; k < chunkCount; k++) {
    const start = k * CHUNK_SIZE;
    const size = Math.min(CHUNK_SIZE, entityCount - start);
    planConfusers(seed, k, start, size, options.confuserRate, records, confuserOf, confuserKind);
    planNeighbours(seed, k, start, size, options.sharedBuildings, records, confuserOf, confuserKind);
  }
  const confusers = Object.fromEntries(CONFUSER_KINDS.map((kind) => [kind, 0])) as Record<ConfuserKind, number>;
  for (let e = 0; e < entityCount; e++) if (confuserKind[e] > 0) confusers[CONFUSER_KINDS[confuserKind[e] - 1]]++;

  const membership: Record<string, number> = {};
  for (const mask of PATTERNS) membership[maskName(mask)] = m.perMask[mask];
  const sumDistinct = distinct.reduce((a, b) => a + b, 0);
  const width = (n: number) => Math.max(7, String(n).length);
  return {
    options,
    entityCount,
    chunkSize: CHUNK_SIZE,
    chunkCount,
    recordCounts,
    chunkFirstRecord,
    confuserOf,
    confuserKind,
    idWidth: {
      leads: width(counts.leads),
      sales: width(counts.sales),
      financial: width(counts.financial),
      entity: width(entityCount),
    },
    summary: {
      entities: entityCount,
      perSource,
      overlap: {
        target: options.overlap,
        achievedOverall: sumDistinct === 0 ? 0 : m.overlapping.reduce((a, b) => a + b, 0) / sumDistinct,
      },
      membership,
      confusers,
      warnings,
    },
  };
}
