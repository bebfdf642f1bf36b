import fc from 'fast-check';
import { SOURCES } from '@synth/schema';
import { CHUNK_SIZE } from './chunk-size';
import { CONFUSER_KINDS } from './entity-plan';
import { planEntities } from './plan-entities';
import { SCHEMA } from './testing-internal/generate-all';

const optionsArb = fc.record({
  seed: fc.integer(),
  counts: fc.record({ leads: fc.nat(4000), sales: fc.nat(2500), financial: fc.nat(2500) }),
  dupRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  dupDistribution: fc.record({
    kind: fc.constantFrom('uniform' as const, 'poisson' as const, 'zipf' as const),
    cap: fc.integer({ min: 1, max: 6 }),
    exponent: fc.double({ min: 0.5, max: 4, noNaN: true }),
  }),
  overlap: fc.double({ min: 0, max: 1, noNaN: true }),
  confuserRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  sharedBuildings: fc.double({ min: 0, max: 0.8, noNaN: true }),
});
const NEIGHBOUR = CONFUSER_KINDS.indexOf('neighbour') + 1;

describe(planEntities, () => {
  it('should plan exactly the asked record counts, the asked duplicate share and a consistent histogram', () => {
    fc.assert(
      fc.property(optionsArb, (options) => {
        const plan = planEntities(SCHEMA, options);
        for (const s of SOURCES) {
          const sum = plan.summary.perSource[s];
          const counts = plan.recordCounts[s];
          expect(counts.reduce((a, c) => a + c, 0)).toBe(options.counts[s]);
          expect(sum.records).toBe(options.counts[s]);
          expect(plan.chunkFirstRecord[s][plan.chunkCount]).toBe(options.counts[s]);
          const capped = plan.summary.warnings.some((w) => w.startsWith(`${s}: duplicate share`));
          if (!capped) expect(sum.duplicates).toBe(Math.round(options.dupRate * options.counts[s]));
          expect(sum.dupPerEntityHistogram.reduce((a, c) => a + c, 0)).toBe(sum.distinctEntities);
          expect(sum.dupPerEntityHistogram.reduce((a, c, k) => a + c * k, 0)).toBe(sum.duplicates);
          expect(sum.dupPerEntityHistogram).toHaveLength(options.dupDistribution.cap + 1);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('should reach the overlap target within one entity when the volumes allow, and warn when they do not', () => {
    fc.assert(
      fc.property(optionsArb, (options) => {
        const { summary } = planEntities(SCHEMA, options);
        const distinct = SOURCES.map((s) => summary.perSource[s].distinctEntities);
        const targets = distinct.map((d) => Math.round(options.overlap * d));
        const active = distinct.filter((d) => d > 0).length;
        SOURCES.forEach((s, i) => {
          // overlapAchieved is overlapping / distinct: rounding gives the count back exactly (the plain product
          // can land a hair under it, 0.9999999999999999 for 1 of 1,382, and read as a miss of more than one).
          const achieved = Math.round(summary.perSource[s].overlapAchieved * distinct[i]);
          const others = targets.reduce((a, t, j) => (j === i ? a : a + t), 0);
          const warned = summary.warnings.some((w) => w.startsWith(`${s}: overlap target`));
          if (active >= 2 && targets[i] <= others) {
            expect(Math.abs(achieved - targets[i])).toBeLessThanOrEqual(1);
            expect(warned).toBe(false);
          }
          if (active >= 2 && achieved < targets[i] - 1) expect(warned).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
  });

  it(
    'should plant confusers and neighbours at the asked rates, ' + 'each pointing at a non-confuser of its own chunk',
    () => {
      fc.assert(
        fc.property(optionsArb, (options) => {
          const plan = planEntities(SCHEMA, options);
          let planted = 0;
          let neighbours = 0;
          const bad: number[] = [];
          const neighbourTargets = new Set<number>();
          const otherTargets = new Set<number>();
          for (let e = 0; e < plan.entityCount; e++) {
            const t = plan.confuserOf[e];
            if (t < 0) continue;
            const kind = plan.confuserKind[e];
            if (kind === NEIGHBOUR) {
              neighbours++;
              neighbourTargets.add(t);
            } else {
              planted++;
              otherTargets.add(t);
            }
            const ok =
              Math.floor(t / CHUNK_SIZE) === Math.floor(e / CHUNK_SIZE) &&
              plan.confuserOf[t] === -1 &&
              kind >= 1 &&
              kind <= CONFUSER_KINDS.length;
            if (!ok) bad.push(e);
          }
          expect(bad).toEqual([]);
          const c = plan.summary.confusers;
          expect(Object.values(c).reduce((a, b) => a + b, 0)).toBe(planted + neighbours);
          expect(c.neighbour).toBe(neighbours);
          // A neighbour is never the target of another confuser (the split group of a record is its target's).
          for (let e = 0; e < plan.entityCount; e++)
            if (plan.confuserKind[e] === NEIGHBOUR && otherTargets.has(e)) bad.push(e);
          expect(bad).toEqual([]);
          if (plan.entityCount >= 1000) {
            expect(Math.abs(planted / plan.entityCount - options.confuserRate)).toBeLessThan(0.01);
            // Residents = neighbours + one anchor per building; capped by the entities left free by confusers.
            const free = plan.entityCount - planted - otherTargets.size;
            const residents = neighbours + neighbourTargets.size;
            expect(residents / plan.entityCount).toBeLessThanOrEqual(
              Math.min(options.sharedBuildings, free / plan.entityCount) + 0.01,
            );
            if (options.sharedBuildings * plan.entityCount < free - CHUNK_SIZE)
              expect(Math.abs(residents / plan.entityCount - options.sharedBuildings)).toBeLessThan(0.01);
          }
        }),
        { numRuns: 30 },
      );
    },
  );

  it('should be compact and give the same plan for the same options', () => {
    const a = planEntities(SCHEMA, { seed: 9, counts: { leads: 30000, sales: 3000, financial: 2100 } });
    const b = planEntities(SCHEMA, { seed: 9, counts: { leads: 30000, sales: 3000, financial: 2100 } });
    expect(a.recordCounts.leads).toBeInstanceOf(Uint8Array);
    expect(a.confuserOf).toBeInstanceOf(Int32Array);
    expect(a).toEqual(b);
    expect(a.summary.warnings).toEqual(['leads: overlap target 40.0% not reachable with these volumes; achieved 4.0%']);
    expect(a.summary.membership['leads+sales+financial']).toBe(378);
    expect(a.summary.perSource.sales.overlapAchieved).toBeCloseTo(0.4, 3);
    expect(a.summary.perSource.financial.overlapAchieved).toBeCloseTo(0.4, 2);
    expect(a.chunkCount).toBe(Math.ceil(a.entityCount / CHUNK_SIZE));
  });

  it('should warn when the duplicate share needs more duplicates per entity than the cap', () => {
    const plan = planEntities(SCHEMA, {
      counts: { leads: 100, sales: 10, financial: 0 },
      dupRate: 0.5,
      dupDistribution: { kind: 'uniform', cap: 1 },
      overlap: 0,
    });
    expect(plan.summary.perSource.leads.duplicates).toBe(50);
    const tight = planEntities(SCHEMA, {
      counts: { leads: 3, sales: 0, financial: 0 },
      dupRate: 0.5,
      dupDistribution: { kind: 'uniform', cap: 1 },
    });
    expect(tight.summary.warnings).toEqual([
      'leads: duplicate share 50.0% needs more than 1 duplicates per entity; using 1',
    ]);
    expect(tight.summary.perSource.leads).toMatchObject({ records: 3, duplicates: 1, distinctEntities: 2 });
  });
});
