import fc from 'fast-check';
import { HashSet64 } from './hash-set-64';
import { SourceIds } from './source-ids';

/** The definition: each truth id hashed into a set of its own, strays found by looking every id up. */
class ReferenceIds {
  readonly records = new HashSet64();
  readonly truth = new HashSet64();
  readonly recordList: string[] = [];
  readonly truthList: string[] = [];

  addRecord(id: string): boolean {
    if (!this.records.addString(id)) return false;
    this.recordList.push(id);
    return true;
  }

  addTruth(id: string): boolean {
    if (!this.truth.addString(id)) return false;
    this.truthList.push(id);
    return true;
  }

  strays(): string[] {
    return [
      ...this.recordList.filter((id) => !this.truth.hasString(id)),
      ...this.truthList.filter((id) => !this.records.hasString(id)),
    ];
  }
}

/** A step: a record id or a truth id, from a few ids so that repeats, matches and strays all happen. */
const step = fc.tuple(
  fc.boolean(),
  fc.nat(7).map((n) => `L${n}`),
);

describe(SourceIds, () => {
  it('should answer as a set of truth ids of its own, however records and truth rows interleave (property)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const ids = new SourceIds();
        const reference = new ReferenceIds();
        for (const [isRecord, id] of steps) {
          if (isRecord) expect(ids.addRecord(id)).toBe(reference.addRecord(id));
          else expect(ids.addTruth(id)).toBe(reference.addTruth(id));
        }
        const recordHashes = ids.records.toArray();
        expect(recordHashes).toEqual(reference.records.toArray());
        const truthHashes = ids.truthHashes(recordHashes);
        expect(truthHashes).toEqual(reference.truth.toArray());
        expect(ids.strays(recordHashes, truthHashes)).toEqual(reference.strays());
      }),
      { numRuns: 300 },
    );
  });

  it('should give the records their own hashes as the truth ids when the truth rows follow them in order', () => {
    const ids = new SourceIds();
    const reference = new ReferenceIds();
    for (let i = 0; i < 3000; i++) {
      ids.addRecord(`S${i}`);
      reference.addTruth(`S${i}`);
      if (i % 7 === 0) ids.addRecord(`S${i}`); // a repeat, not listed again
    }
    for (let i = 0; i < 3000; i++) expect(ids.addTruth(`S${i}`)).toBe(true);
    const recordHashes = ids.records.toArray();
    expect(ids.truthHashes(recordHashes)).toBe(recordHashes);
    expect(recordHashes).toEqual(reference.truth.toArray());
    expect(ids.strays(recordHashes, recordHashes)).toEqual([]);
  });

  it('should list the hashes of the distinct record ids in the order they first came', () => {
    const ids = new SourceIds();
    const reference = new HashSet64();
    const expected: number[] = [];
    for (let i = 0; i < 2500; i++) {
      const id = `F${(i * 7919) % 1500}`;
      ids.addRecord(id);
      if (reference.addString(id)) expected.push(...hashOf(id));
    }
    expect(ids.orderedRecordHashes()).toEqual(Uint32Array.from(expected));
  });
});

/** The two halves of an id's hash, as a `HashSet64` keeps them. */
function hashOf(id: string): [number, number] {
  const set = new HashSet64();
  set.addString(id);
  const out = set.toArray();
  return [out[0], out[1]];
}
