import { featureNames, pairFeaturesNormalizedInto } from '@synth/features';
import type { CompletedParties } from './completed-parties';

/** The feature columns of a pair batch: feature `f` of pair `i` at `f * length + i`. */
export interface FeatureColumns {
  readonly values: Float64Array;
  readonly nulls: Uint8Array;
}

/**
 * The feature vectors of pairs `(a[i], b[i])` (record indices of `parties`), feature-major, with a null mask.
 * Each record's party is completed at its first pair and let go after its last one, so that most die young
 * (a party kept to the block's end would be copied by every scavenge until promoted).
 */
export function featureColumns(
  parties: CompletedParties,
  records: number,
  a: Int32Array,
  b: Int32Array,
): FeatureColumns {
  const n = a.length;
  const width = featureNames.length;
  const values = new Float64Array(n * width);
  const nulls = new Uint8Array(n * width);
  const vector = new Float64Array(width);
  const uses = new Int32Array(records);
  for (let i = 0; i < n; i++) {
    uses[a[i]]++;
    uses[b[i]]++;
  }
  parties.expectUses(uses);
  for (let i = 0; i < n; i++) {
    pairFeaturesNormalizedInto(parties.get(a[i]), parties.get(b[i]), vector);
    // Feature f's column is [f * n, (f + 1) * n).
    for (let f = 0, at = i; f < width; f++, at += n) {
      const v = vector[f];
      if (Number.isNaN(v)) nulls[at] = 1;
      else values[at] = v;
    }
  }
  return { values, nulls };
}
