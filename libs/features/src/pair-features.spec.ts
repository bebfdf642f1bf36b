import fc from 'fast-check';
import { FEATURE_VERSION, featureNames } from './feature-names';
import { normalizeParty } from './normalize-party';
import { pairFeatures } from './pair-features';
import { pairFeaturesNormalized } from './pair-features-normalized';
import type { PartyRecord } from './party-record';
import { partyArbitrary } from './testing-internal/party-arbitrary';

const bob: PartyRecord = {
  first_name: 'Bob',
  last_name: 'Smith',
  email: 'bob.smith+x@googlemail.com',
  phone: '(555) 123-4567',
  company: 'Acme Inc.',
  address: '12 North Main Street Apt 4',
  zip: '02134',
};
const robert: PartyRecord = {
  first_name: 'Robert',
  last_name: 'Smyth',
  email: 'BobSmith@gmail.com',
  phone: '+1 555 123 4567 x2',
  company: 'ACME',
  address: '12 N Main St #4',
  zip: '02134-0001',
};

describe('featureNames', () => {
  it('should name 8 to 14 distinct snake_case features and carry a version', () => {
    expect(featureNames.length).toBeGreaterThanOrEqual(8);
    expect(featureNames.length).toBeLessThanOrEqual(14);
    expect(new Set(featureNames).size).toBe(featureNames.length);
    for (const n of featureNames) expect(n).toMatch(/^[a-z]+(_[a-z]+)+$/);
    expect(FEATURE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe(pairFeatures, () => {
  it('should compute every feature of a noisy duplicate', () => {
    const v = pairFeatures(bob, robert);
    expect(Object.keys(v)).toEqual([...featureNames]);
    expect(v).toMatchObject({
      email_exact: 1,
      email_local_jw: 1,
      email_domain_equal: 1,
      phone_equal: 1,
      first_name_nickname_equal: 1,
      name_phonetic_equal: 1,
      address_number_equal: 1,
      address_token_jaccard: 1,
      zip_equal: 1,
      company_jw: 1,
    });
    expect(v.first_name_jw).toBeCloseTo(0.5, 6); // jw('bob', 'robert')
    expect(v.last_name_jw).toBeCloseTo(0.893333, 6); // jw('smith', 'smyth')
  });

  it('should give null for every feature whose input is missing on one side', () => {
    const v = pairFeatures(bob, {});
    for (const n of featureNames) expect(v[n]).toBeNull();
    expect(
      pairFeatures({ email: 'not an email', phone: '12' }, { email: 'a@b.co', phone: '5551234567' }),
    ).toMatchObject({
      email_exact: null,
      phone_equal: null,
    });
  });

  it('should be order-insensitive for full names', () => {
    const v = pairFeatures({ first_name: 'Smith', last_name: 'John' }, { first_name: 'John', last_name: 'Smith' });
    expect(v.name_jw).toBe(1);
    expect(v.first_name_jw).toBeLessThan(1);
  });

  it('should tell different people apart', () => {
    const other = {
      first_name: 'Mary',
      last_name: 'Jones',
      email: 'bobsmith@yahoo.com',
      zip: '90210',
      address: '9 Elm Ave',
    };
    expect(pairFeatures(bob, other)).toMatchObject({
      email_exact: 0,
      email_domain_equal: 0,
      email_local_jw: 1, // same local part at another domain: a hard negative
      first_name_nickname_equal: 0,
      name_phonetic_equal: 0,
      zip_equal: 0,
      address_number_equal: 0,
    });
  });

  it('should keep every feature in [0, 1] or null, never NaN, and be symmetric', () => {
    fc.assert(
      fc.property(partyArbitrary, partyArbitrary, (a, b) => {
        const v = pairFeatures(a, b);
        expect(Object.keys(v)).toEqual([...featureNames]);
        for (const n of featureNames) {
          const x = v[n];
          if (x !== null) {
            expect(Number.isNaN(x)).toBe(false);
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(1);
          }
        }
        expect(pairFeatures(b, a)).toEqual(v);
      }),
      { numRuns: 500 },
    );
  });

  it('should give 1 or null for every feature of a record with itself', () => {
    fc.assert(
      fc.property(partyArbitrary, (a) => {
        for (const x of Object.values(pairFeatures(a, a))) expect(x === null || x === 1).toBe(true);
      }),
    );
  });
});

describe(pairFeaturesNormalized, () => {
  it('should equal pairFeatures on the raw records', () => {
    fc.assert(
      fc.property(partyArbitrary, partyArbitrary, (a, b) => {
        expect(pairFeaturesNormalized(normalizeParty(a), normalizeParty(b))).toEqual(pairFeatures(a, b));
      }),
    );
  });
});
