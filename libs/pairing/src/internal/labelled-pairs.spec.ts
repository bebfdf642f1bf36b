import fc from 'fast-check';
import { createRng } from '@synth/random';
import { LabelledPairs } from './labelled-pairs';
import { sampleDown } from './sample-down';

/** A pair as the object path before the typed columns held it. */
interface Labelled {
  readonly a: number;
  readonly b: number;
  readonly kind: number;
}

/** The comparator the pairs were sorted with before `LabelledPairs.sort`. */
const byKindThenRecords = (x: Labelled, y: Labelled): number => x.kind - y.kind || x.a - y.a || x.b - y.b;

const listOf = (pairs: readonly Labelled[]): LabelledPairs => {
  const list = new LabelledPairs(1);
  for (const { a, b, kind } of pairs) list.push(a, b, kind);
  return list;
};

const objectsOf = (list: LabelledPairs): Labelled[] =>
  Array.from({ length: list.length }, (_, i) => ({ a: list.a(i), b: list.b(i), kind: list.kind(i) }));

/** Distinct pairs (a < b) of records below `records`, with kinds 0–5, in any order. */
const distinctPairs = (records: number) =>
  fc
    .uniqueArray(fc.tuple(fc.nat(records - 2), fc.nat(records - 1), fc.nat(5)), {
      maxLength: 400,
      selector: ([a, b]) => `${a}|${b}`,
    })
    .map((ts) => ts.filter(([a, b]) => a < b).map(([a, b, kind]) => ({ a, b, kind })));

/** A number of records and distinct pairs of them. */
const sized = fc
  .integer({ min: 2, max: 3000 })
  .chain((records) => fc.tuple(fc.constant(records), distinctPairs(records)));

describe(LabelledPairs, () => {
  it('should keep every pair in order as it grows, and append, pick and truncate as arrays would', () => {
    fc.assert(
      fc.property(distinctPairs(1000), distinctPairs(1000), (xs, ys) => {
        const list = listOf(xs);
        expect(objectsOf(list)).toEqual(xs);
        expect(objectsOf(listOf(xs).append(listOf(ys)))).toEqual([...xs, ...ys]);
        const positions = xs.map((_, i) => xs.length - 1 - i);
        expect(objectsOf(list.pick(positions, positions.length))).toEqual([...xs].reverse());
        expect(objectsOf(listOf(xs).truncate(3))).toEqual(xs.slice(0, 3));
      }),
      { numRuns: 50 },
    );
  });

  it('should sort as the comparator of the object path did, packed or not', () => {
    fc.assert(
      fc.property(sized, ([records, xs]) => {
        const expected = [...xs].sort(byKindThenRecords);
        expect(objectsOf(listOf(xs).sort(records))).toEqual(expected);
        // Indices too large to pack into one exact number take the comparator path.
        const far = 2 ** 28;
        const shifted = xs.map(({ a, b, kind }) => ({ a: a + far, b: b + far, kind }));
        expect(objectsOf(listOf(shifted).sort(far + records))).toEqual([...shifted].sort(byKindThenRecords));
      }),
      { numRuns: 40 },
    );
  });

  it('should sample down to the pairs (and order) a shuffle of the pair objects gave', () => {
    fc.assert(
      fc.property(distinctPairs(500), fc.integer({ min: -1, max: 300 }), fc.nat(), (xs, keep, seed) => {
        // The object path: a copy when all are kept, else the first `keep` of the shuffled objects.
        const old =
          xs.length <= keep
            ? [...xs]
            : createRng(seed, 'down')
                .shuffle([...xs])
                .slice(0, Math.max(0, keep));
        expect(objectsOf(sampleDown(listOf(xs), keep, createRng(seed, 'down')))).toEqual(old);
      }),
      { numRuns: 60 },
    );
  });
});
