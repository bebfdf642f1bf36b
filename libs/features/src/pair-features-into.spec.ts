import fc from 'fast-check';
import { featureNames } from './feature-names';
import { normalizeParty } from './normalize-party';
import { pairFeatures } from './pair-features';
import { pairFeaturesNormalizedInto } from './pair-features-into';
import { partyArbitrary } from './testing-internal/party-arbitrary';

describe(pairFeaturesNormalizedInto, () => {
  it('should write the pairFeatures vector at the offset, NaN for null, and nothing else', () => {
    const width = featureNames.length;
    fc.assert(
      fc.property(partyArbitrary, partyArbitrary, fc.nat(5), (a, b, offset) => {
        const out = new Float64Array(offset + width + 2).fill(-1);
        pairFeaturesNormalizedInto(normalizeParty(a), normalizeParty(b), out, offset);
        const expected = pairFeatures(a, b);
        featureNames.forEach((name, k) => {
          const x = expected[name];
          expect(Object.is(out[offset + k], x === null ? NaN : x)).toBe(true);
        });
        for (let i = 0; i < offset; i++) expect(out[i]).toBe(-1);
        expect([...out.subarray(offset + width)]).toEqual([-1, -1]);
      }),
      { numRuns: 300 },
    );
  });

  it('should write into offset 0 by default', () => {
    const out = new Float64Array(featureNames.length);
    const bob = normalizeParty({ first_name: 'Bob', zip: '02134' });
    pairFeaturesNormalizedInto(bob, normalizeParty({ first_name: 'Robert', zip: '02134-0001' }), out);
    expect(out[featureNames.indexOf('zip_equal')]).toBe(1);
    expect(out[featureNames.indexOf('first_name_nickname_equal')]).toBe(1);
    expect(out[featureNames.indexOf('email_exact')]).toBeNaN();
  });

  it('should refuse a buffer too short for the features at the offset', () => {
    const bob = normalizeParty({ first_name: 'Bob' });
    const out = new Float64Array(featureNames.length + 1);
    expect(() => pairFeaturesNormalizedInto(bob, bob, out, 2)).toThrow(RangeError);
    expect(() => pairFeaturesNormalizedInto(bob, bob, out, -1)).toThrow(RangeError);
    expect(() => pairFeaturesNormalizedInto(bob, bob, new Float64Array(3))).toThrow('13 features do not fit');
    expect(() => pairFeaturesNormalizedInto(bob, bob, out, 1)).not.toThrow();
  });
});
