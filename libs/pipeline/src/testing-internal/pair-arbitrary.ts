import fc from 'fast-check';
import { featureNames, PAIR_KINDS, SOURCES, SPLITS } from '@synth/features';
import type { Pair } from '@synth/pairing';

/**
 * Random pairs for property tests: any sources, labels, kinds and splits, ids drawn from `ids`, and each feature
 * drawn from `feature` (e.g. with nulls, NaN and values outside [0, 1] to reach every path of a reader).
 *
 * @example
 * fc.assert(fc.property(fc.array(pairArbitrary(), { maxLength: 25 }), (pairs) => …));
 */
export function pairArbitrary(
  options: {
    ids?: { a: readonly string[]; b: readonly string[] };
    feature?: fc.Arbitrary<number | null>;
  } = {},
): fc.Arbitrary<Pair> {
  const feature =
    options.feature ?? fc.oneof(fc.constant(null), fc.constant(Number.NaN), fc.double({ noNaN: true }), fc.constant(1));
  return fc.record({
    src_a: fc.constantFrom(...SOURCES),
    id_a: options.ids ? fc.constantFrom(...options.ids.a) : fc.string(),
    src_b: fc.constantFrom(...SOURCES),
    id_b: fc.constantFrom(...(options.ids?.b ?? ['S1', 'a,"b"', 'Zoë'])),
    y: fc.constantFrom(0 as const, 1 as const),
    pair_kind: fc.constantFrom(...PAIR_KINDS),
    split: fc.constantFrom(...SPLITS),
    features: fc
      .tuple(...featureNames.map(() => feature))
      .map((vs) => Object.fromEntries(featureNames.map((n, i) => [n, vs[i]]))),
  });
}
