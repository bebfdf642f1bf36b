import { buildPairs } from './build-pairs';
import { BLOCK_CAP, RANDOM_NEGATIVE_SHARE } from './internal/constants';
import { PairingError } from './pairing-error';
import { makeFixture } from './testing-internal/make-fixture';
import type { BuildPairsOptions, PairingRecord } from './types';

const person = (
  source: PairingRecord['source'],
  id: string,
  entityId: string,
  party: PairingRecord['party'],
): PairingRecord => ({
  source,
  id,
  entityId,
  party,
});

describe(buildPairs, () => {
  it.each([42, 1337, 1211])('should mine all three hard kinds and prefer them to random ones at seed %i', (seed) => {
    const records = makeFixture({ seed, entities: 600, confuserRate: 0.9, overlap: 0.15, dupRate: 0.05 });
    const { stats } = buildPairs(records, { seed });
    for (const kind of ['neg_email_local', 'neg_similar_name', 'neg_zip_house'] as const) {
      expect(stats.total.byKind[kind]).toBeGreaterThan(0);
    }
    for (const split of Object.values(stats.splits)) {
      const candidates = Object.values(split.hardCandidates).reduce((s, n) => s + n, 0);
      const hardTarget = split.negatives - Math.round(RANDOM_NEGATIVE_SHARE * split.negatives);
      expect(split.negatives - split.byKind.neg_random).toBe(Math.min(candidates, hardTarget));
    }
  });

  it('should keep the kind mix balanced when it samples hard negatives down', () => {
    const records = makeFixture({ seed: 7, entities: 800, confuserRate: 0.95, overlap: 0.05, dupRate: 0 });
    const { stats } = buildPairs(records, { seed: 7, negRatio: 3 });
    const reserved = Object.values(stats.splits).reduce(
      (n, s) => n + Math.round(RANDOM_NEGATIVE_SHARE * s.negatives),
      0,
    );
    expect(stats.randomFill).toBe(reserved);
    const counts = (['neg_email_local', 'neg_similar_name', 'neg_zip_house'] as const).map(
      (k) => stats.total.byKind[k],
    );
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(3);
  });

  it('should put entities of one split group in the same split, so their hard negatives survive', () => {
    const records: PairingRecord[] = [];
    for (let g = 0; g < 200; g++) {
      records.push(
        person('leads', `L${g}a`, `E${g}a`, {
          first_name: 'Jon',
          last_name: `Smith${g}`,
          email: `jsmith${g}@gmail.com`,
        }),
      );
      records.push(
        person('sales', `S${g}a`, `E${g}a`, {
          first_name: 'Jon',
          last_name: `Smith${g}`,
          email: `jsmith${g}@gmail.com`,
        }),
      );
      records.push({
        ...person('leads', `L${g}b`, `E${g}b`, {
          first_name: 'Ann',
          last_name: `Brown${g}`,
          email: `jsmith${g}@yahoo.com`,
        }),
        splitGroup: `E${g}a`,
      });
    }
    const grouped = buildPairs(records, { seed: 5 });
    const splitOf = new Map<string, string>();
    for (const p of grouped.pairs) {
      for (const id of [p.id_a, p.id_b]) {
        expect(splitOf.get(id) ?? p.split).toBe(p.split);
        splitOf.set(id, p.split);
      }
    }
    for (let g = 0; g < 200; g++) {
      if (splitOf.has(`L${g}a`) && splitOf.has(`L${g}b`)) expect(splitOf.get(`L${g}a`)).toBe(splitOf.get(`L${g}b`));
    }
    const ungrouped = buildPairs(
      records.map(({ splitGroup, ...r }) => (void splitGroup, r)),
      { seed: 5 },
    );
    // Each group: 2 records of E_a share the email local part with 1 record of E_b ⇒ 2 hard negatives.
    expect(grouped.stats.total.hardCandidates.neg_email_local).toBe(400);
    expect(ungrouped.stats.total.hardCandidates.neg_email_local).toBeLessThan(300);
  });

  it('should fill with random negatives, counted, when hard ones run short', () => {
    const records = makeFixture({ seed: 3, entities: 300, confuserRate: 0 });
    const { stats } = buildPairs(records, { seed: 3 });
    expect(stats.randomFill).toBeGreaterThan(0);
    expect(stats.randomFill).toBe(stats.total.byKind.neg_random);
    expect(stats.total.ratio).toBe(4);
  });

  it('should bound the candidates of a frequent blocking key by sampling it', () => {
    const records = Array.from({ length: 400 }, (_, i) =>
      person('leads', `L${i}`, `E${i}`, {
        first_name: `Ann${i}`,
        last_name: 'Lee',
        email: `ann@d${i}.com`,
        address: '1 Main St',
        zip: '12345',
      }),
    );
    const { stats } = buildPairs(records, { seed: 1 });
    expect(stats.cappedBlocks).toBeGreaterThan(0);
    const perKeyMax = (BLOCK_CAP * (BLOCK_CAP - 1)) / 2;
    expect(stats.total.hardCandidates.neg_email_local).toBeLessThanOrEqual(3 * perKeyMax);
    expect(stats.total.hardCandidates.neg_zip_house).toBeLessThanOrEqual(3 * perKeyMax);
  });

  it('should honour withinSourceShare', () => {
    const records = makeFixture({ seed: 11, entities: 600, dupRate: 0.6, overlap: 0.3 });
    const none = buildPairs(records, { seed: 11, withinSourceShare: 0 }).stats;
    expect(none.total.byKind.pos_within_source).toBe(0);
    expect(none.withinSourceSampledOut).toBeGreaterThan(0);
    const half = buildPairs(records, { seed: 11, withinSourceShare: 0.5 }).stats;
    for (const split of ['train', 'valid', 'test'] as const) {
      const { pos_within_source: within, pos_cross_source: cross } = half.splits[split].byKind;
      expect(within).toBeLessThanOrEqual(cross);
    }
    expect(half.total.byKind.pos_within_source).toBeGreaterThan(0);
  });

  it('should skip and count positives with no email, phone or name on both sides', () => {
    const blank = { first_name: '', last_name: '', email: '', phone: '', zip: '12345' };
    const records = [person('leads', 'L1', 'E1', blank), person('sales', 'S1', 'E1', { ...blank, email: 'a@b.com' })];
    const { pairs, stats } = buildPairs(records, { seed: 1 });
    expect(pairs).toEqual([]);
    expect(stats.skippedPositives).toBe(1);
  });

  it('should drop positives it cannot balance when a split has no possible negative', () => {
    const records = [
      person('leads', 'L1', 'E1', { email: 'a@b.com' }),
      person('sales', 'S1', 'E1', { email: 'a@b.com' }),
    ];
    const { pairs, stats } = buildPairs(records, { seed: 1 });
    expect(pairs).toEqual([]);
    expect(stats.droppedPositives).toBe(1);
  });

  it('should return nothing for no records', () => {
    const { pairs, stats } = buildPairs([], { seed: 1 });
    expect(pairs).toEqual([]);
    expect(stats.total).toEqual(expect.objectContaining({ records: 0, positives: 0, negatives: 0, ratio: null }));
  });

  it('should draw from a stream per block', () => {
    const records = makeFixture({ seed: 5, entities: 200, confuserRate: 0 });
    expect(buildPairs(records, { seed: 5, block: 0 }).pairs).not.toEqual(
      buildPairs(records, { seed: 5, block: 1 }).pairs,
    );
  });

  it.each<[Partial<BuildPairsOptions>, string]>([
    [{ negRatio: 2 }, 'negRatio must be a number in 3..5, got 2'],
    [{ negRatio: Number.NaN }, 'negRatio must be a number in 3..5, got NaN'],
    [{ withinSourceShare: 0.95 }, 'withinSourceShare must be a number in 0..0.9, got 0.95'],
    [{ block: -1 }, 'block must be a non-negative integer, got -1'],
    [{ block: 1.5 }, 'block must be a non-negative integer, got 1.5'],
    [{ fractions: { train: 0.8, valid: 0.15, test: 0.15 } }, 'fractions must sum to 1, got 1.1'],
    [{ fractions: { train: 1.2, valid: -0.1, test: -0.1 } }, 'fractions.train must be a number in 0..1, got 1.2'],
    [{ seed: Number.POSITIVE_INFINITY }, 'seed must be a finite number or a string, got Infinity'],
  ])('should reject %o with a PairingError', (bad, message) => {
    const run = () => buildPairs([], { seed: 1, ...bad });
    expect(run).toThrow(PairingError);
    expect(run).toThrow(message);
  });

  it('should name the field, value and allowed range in the error', () => {
    try {
      buildPairs([], { seed: 1, negRatio: 6 });
      throw new Error('expected a PairingError');
    } catch (e) {
      expect(e).toEqual(
        expect.objectContaining({ name: 'PairingError', field: 'negRatio', value: 6, allowed: '3..5' }),
      );
    }
  });

  it('should reject a record that appears twice', () => {
    const r = person('sales', 'S1', 'E1', {});
    expect(() => buildPairs([r, { ...r, entityId: 'E2' }], { seed: 1 })).toThrow('record sales/S1 appears twice');
  });

  it('should reject an unknown source', () => {
    const r = { ...person('sales', 'S1', 'E1', {}), source: 'crm' } as unknown as PairingRecord;
    expect(() => buildPairs([r], { seed: 1 })).toThrow(
      'records[0].source must be one of leads, sales, financial, got crm',
    );
  });
});
