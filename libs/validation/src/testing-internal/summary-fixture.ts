const columns = { id: { count: 0, share: 0 }, email: { count: 1200, share: 0.04 } };
const unique = {
  id: { distinct: 30000, uniqueShare: 1, exact: true },
  email: { distinct: 26000, uniqueShare: 0.9, exact: true },
};
const split = (positives: number) => ({
  positives,
  negatives: {
    neg_email_local: positives,
    neg_similar_name: positives,
    neg_zip_house: positives,
    neg_random: positives,
  },
  ratio: 4,
});

/** A complete, valid summary as `generateDataset` writes it (the typed one lives in @synth/pipeline). */
export function goodSummary() {
  return {
    seed: 42,
    params: {
      counts: { leads: 30000, sales: 3000, financial: 2100 },
      dupRate: 0.1,
      overlap: 0.4,
      pii: 'plain',
      locale: 'US+CA',
    },
    versions: {
      package: '0.1.0',
      faker: '10.6.0',
      schemaFileHash: 'ab'.repeat(32),
      featureVersion: '1.0.0',
      features: ['email_exact'],
    },
    counts: {
      leads: { records: 30000, distinctEntities: 27100 },
      sales: { records: 3000, distinctEntities: 2750 },
      financial: { records: 2100, distinctEntities: 1900 },
    },
    duplicates: {
      leads: {
        count: 2900,
        rate: 0.097,
        perEntityHistogram: { '1': 24500, '2': 2300 },
        byStrategy: { typo: 120, case: 800 },
      },
      sales: { count: 250, rate: 0.083, perEntityHistogram: { '1': 2500 }, byStrategy: {} },
      financial: { count: 200, rate: 0.095, perEntityHistogram: { '1': 1700 }, byStrategy: {} },
    },
    overlap: {
      target: 0.4,
      perSource: { leads: 0.11, sales: 0.41, financial: 0.43 },
      overall: 0.18,
      membership: { leads: 20000 },
    },
    confusers: { email_local: 300, similar_name: 250 },
    shard: null,
    nulls: { leads: columns, sales: columns, financial: columns },
    uniqueness: { leads: unique, sales: unique, financial: unique },
    noise: {
      typo: { configured: 0.05, opportunities: 9000, applications: 450, realised: 0.05 },
      geo_mismatch: { configured: 0, opportunities: 0, applications: 0, realised: null },
    },
    noiseProfile: { rates: { typo: 0.05, geo_mismatch: 0 } },
    pairs: {
      train: split(700),
      valid: split(150),
      test: split(150),
      total: { positives: 1000, negatives: 4000, ratio: 4, byKind: { pos_cross_source: 600, neg_random: 1000 } },
      negativeMix: { neg_email_local: 0.25, neg_random: 0.25 },
      randomFill: 0,
      skippedPositives: 0,
    },
    featureHistograms: { email_exact: { positive: [1], negative: [2], nullPositive: 0, nullNegative: 0 } },
    smoke: null,
    validation: {
      ok: true,
      checks: [
        { name: 'unique_ids', ok: true, checked: 35100, failed: 0, examples: [] },
        { name: 'balance', ok: true, checked: 5000, failed: 0, examples: [], detail: { ratio: 4 } },
      ],
    },
    warnings: ['overlap: target 0.4 not reachable for leads (0.11)'],
    timings: { plan: 12.5, generate: 2400, pairs: 800, validate: 300, total: 3600 },
    threadTime: { records: 2000, pairs: 700 },
    difficulty: {
      linearity: { feature: 'email_local_jw', threshold: 0.96, trainF1: 0.81, testF1: 0.8 },
      logisticF1: 0.83,
      randomForest: {
        f1: 0.86,
        trainedOn: 6000,
        trees: 11,
        maxDepth: 10,
        seed: 1608637542,
        errorByKind: {
          pos_cross_source: { pairs: 400, errors: 60, rate: 0.15 },
          neg_random: { pairs: 0, errors: 0, rate: 0 },
        },
      },
      nonLinearGap: 0.03,
      positives: 1000,
      nameOnlyPositives: 25,
      nameOnlyPositiveShare: 0.025,
      nameVariationPositives: 120,
      nameVariationRate: 0.12,
      entities: 29000,
      homonymousEntities: 870,
      homonymyRate: 0.03,
    },
  };
}
