import fc from 'fast-check';
import { rankGroups } from './rank-groups';

const sign = (x: number): number => (x < 0 ? -1 : x > 0 ? 1 : 0);
/** The reference: a stable sort by weight (heaviest first), tie, then key. */
const reference = (groups: readonly string[], weights: readonly number[], tie: Float64Array): number[] =>
  [...groups.keys()].sort(
    (a, b) =>
      sign(weights[b] - weights[a]) ||
      sign(tie[a] - tie[b]) ||
      (groups[a] < groups[b] ? -1 : groups[a] > groups[b] ? 1 : 0),
  );

/** Ties as `hashToUnit` gives them (multiples of 2^-32), drawn from few values so that some collide. */
const unitTie = fc
  .oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }))
  .map((u) => u / 2 ** 32);
/** Checks one draw of `[key, weight, tie]` per group against the reference. */
const ranksAsReference = (draws: [string, number, number][]): void => {
  const groups = draws.map(([k]) => k);
  const weights = draws.map(([, w]) => w);
  const tie = Float64Array.from(draws.map(([, , t]) => t));
  expect(rankGroups(groups, weights, tie)).toEqual(reference(groups, weights, tie));
};
const key = fc.constantFrom('E1', 'E2', 'E10', 'a', '', 'E1x');

describe(rankGroups, () => {
  it('should order as the stable comparator sort, with integer weights and hash ties (packed sorts)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.oneof(fc.nat(3), fc.nat(2 ** 32 - 1)), unitTie), { maxLength: 60 }),
        ranksAsReference,
      ),
      { numRuns: 1000 },
    );
  });

  it('should order as the stable comparator sort, with any weights and ties (comparator sort)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.oneof(fc.nat(3), fc.double({ noNaN: true })), fc.double({ min: 0, max: 1 })), {
          maxLength: 40,
        }),
        ranksAsReference,
      ),
      { numRuns: 1000 },
    );
  });
});
