import fc from 'fast-check';
import { PairingColumns } from '@synth/pairing';
import type { Pair, PairingRecord } from '@synth/pairing';
import { blockDifficulty, type LabelledPairs } from './block-difficulty';
import { DifficultyTally } from './difficulty-tally';
import { NameCounts } from './name-counts';

type Link = 'none' | 'email' | 'phone' | 'houseZip';

/** Two records of one entity that agree on exactly `link` (or on nothing but the name), names as given. */
function positive(i: number, link: Link, renamed = false): { records: PairingRecord[]; pair: Pair } {
  const n = String(i).padStart(4, '0');
  const a = {
    first_name: 'Ann',
    last_name: 'Lee',
    email: `ann${i}@a.com`,
    phone: `555-100-${n}`,
    address: `${i + 1} Elm St`,
    zip: '10001',
  };
  const b = {
    first_name: renamed ? 'Anne' : 'ANN',
    last_name: 'Lee',
    email: link === 'email' ? `Ann${i}+x@b.org` : `other${i}@b.org`,
    phone: link === 'phone' ? `+1 555 100 ${n}` : `555-900-${n}`,
    address: link === 'houseZip' ? `${i + 1} Elm Street` : `${i + 500} Oak Ave`,
    zip: link === 'houseZip' ? '10002' : '20001',
  };
  const records: PairingRecord[] = [
    { source: 'leads', id: `L${i}`, entityId: `E${i}`, party: a },
    { source: 'sales', id: `S${i}`, entityId: `E${i}`, party: b },
  ];
  const pair: Pair = {
    src_a: 'leads',
    id_a: `L${i}`,
    src_b: 'sales',
    id_b: `S${i}`,
    y: 1,
    pair_kind: 'pos_cross_source',
    split: 'train',
    features: {},
  };
  return { records, pair };
}

function block(links: Link[], offset = 0, renamed: number[] = []) {
  const made = links.map((link, i) => positive(offset + i, link, renamed.includes(i)));
  const records = made.flatMap((m) => m.records);
  const pairs = made.map((m) => m.pair);
  // A negative that agrees on nothing: never counted, whatever its keys.
  const party = { first_name: 'Ann', last_name: 'Lee' };
  records.push({ source: 'financial', id: `F${offset}`, entityId: `X${offset}`, party });
  pairs.push({
    src_a: 'leads',
    id_a: `L${offset}`,
    src_b: 'financial',
    id_b: `F${offset}`,
    y: 0,
    pair_kind: 'neg_similar_name',
    split: 'train',
    features: {},
  });
  return { records, pairs };
}

/** The pairs as indices into `records` (-1 for a record not there) with their labels. */
function indexed(records: readonly PairingRecord[], pairs: readonly Pair[]): LabelledPairs {
  const at = (source: string, id: string) => records.findIndex((r) => r.source === source && r.id === id);
  return {
    length: pairs.length,
    a: Int32Array.from(pairs, (p) => at(p.src_a, p.id_a)),
    b: Int32Array.from(pairs, (p) => at(p.src_b, p.id_b)),
    y: Uint8Array.from(pairs, (p) => p.y),
  };
}

describe(blockDifficulty, () => {
  it('should give the share of planted name-only positives exactly, and the renamed ones', () => {
    const links: Link[] = ['none', 'email', 'none', 'phone', 'houseZip', 'none', 'email', 'phone'];
    const { records, pairs } = block(links, 0, [1, 2]);
    const d = blockDifficulty(PairingColumns.from(records), indexed(records, pairs), new NameCounts());
    expect(d).toMatchObject({ positives: 8, nameOnlyPositives: 3, nameVariationPositives: 2 });
    const tally = new DifficultyTally();
    tally.add(d);
    expect(tally.counts().nameOnlyPositiveShare).toBe(3 / 8);
    expect(tally.counts().nameVariationRate).toBe(2 / 8);
  });

  it('should refuse a pair whose record is not in the block', () => {
    const { records, pairs } = block(['none']);
    const rest = records.slice(1);
    expect(() => blockDifficulty(PairingColumns.from(rest), indexed(rest, pairs), new NameCounts())).toThrow(
      'blockDifficulty: pair 0 names record -1, not in the block',
    );
  });

  it('should count exactly the planted name-only positives however the pairs are cut into blocks', () => {
    const link = fc.constantFrom<Link>('none', 'email', 'phone', 'houseZip');
    fc.assert(
      fc.property(fc.array(link, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (links, size) => {
        const tally = new DifficultyTally();
        for (let start = 0; start < links.length; start += size) {
          const { records, pairs } = block(links.slice(start, start + size), start);
          tally.add(blockDifficulty(PairingColumns.from(records), indexed(records, pairs), new NameCounts()));
        }
        const planted = links.filter((l) => l === 'none').length;
        const share = planted / links.length;
        const counts = tally.counts();
        expect(counts).toMatchObject({ positives: links.length, nameOnlyPositives: planted });
        expect(counts.nameOnlyPositiveShare).toBe(share);
      }),
    );
  });
});

describe(DifficultyTally, () => {
  it('should merge the blocks name counts into the homonymy rate of the whole run', () => {
    const a = new NameCounts();
    const b = new NameCounts();
    a.add('Ann', 'Lee');
    a.add('Bo', 'Park');
    b.add('ann', 'LEE');
    b.add('Cy', 'Diaz');
    const tally = new DifficultyTally();
    tally.add({ positives: 0, nameOnlyPositives: 0, nameVariationPositives: 0, names: a.toJSON() });
    tally.add({ positives: 0, nameOnlyPositives: 0, nameVariationPositives: 0, names: b.toJSON() });
    // Ann Lee is in both blocks: 2 of 4 entities share their name; no positives, so no pair rates.
    expect(tally.counts()).toEqual({
      positives: 0,
      nameOnlyPositives: 0,
      nameOnlyPositiveShare: null,
      nameVariationPositives: 0,
      nameVariationRate: null,
      entities: 4,
      homonymousEntities: 2,
      homonymyRate: 0.5,
    });
  });
});
