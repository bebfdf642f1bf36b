import { summarySchema } from './summary-schema';

// The spoilers reach into the summary freely: a loose JSON type keeps them one-liners.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
import { goodSummary } from './testing-internal/summary-fixture';
import { validateAgainstSchema } from './validate-against-schema';

describe('summarySchema', () => {
  it('should accept a complete summary, also after a JSON round trip', () => {
    expect(validateAgainstSchema(goodSummary(), summarySchema)).toEqual([]);
    expect(validateAgainstSchema(JSON.parse(JSON.stringify(goodSummary())), summarySchema)).toEqual([]);
  });

  it('should require every section the spec lists', () => {
    expect(summarySchema.required).toEqual([
      'seed',
      'params',
      'versions',
      'counts',
      'duplicates',
      'overlap',
      'confusers',
      'shard',
      'nulls',
      'uniqueness',
      'noise',
      'noiseProfile',
      'pairs',
      'featureHistograms',
      'smoke',
      'validation',
      'warnings',
      'timings',
      'threadTime',
    ]);
    expect(summarySchema.additionalProperties).toBe(false);
  });

  it('should accept a summary without difficulty (written before it existed) and null model figures', () => {
    const old = goodSummary() as unknown as Loose;
    delete old.difficulty;
    expect(validateAgainstSchema(old, summarySchema)).toEqual([]);
    const noModels = goodSummary() as unknown as Loose;
    Object.assign(noModels.difficulty, {
      linearity: null,
      logisticF1: null,
      randomForest: null,
      nonLinearGap: null,
      homonymyRate: null,
    });
    expect(validateAgainstSchema(noModels, summarySchema)).toEqual([]);
  });

  it("should accept where each check ran and the blocks' checking time (validation folded into the blocks)", () => {
    const folded = goodSummary() as unknown as Loose;
    folded.validation.checks[0].where = 'file';
    folded.threadTime.checks = 1200;
    expect(validateAgainstSchema(folded, summarySchema)).toEqual([]);
  });

  it.each<[string, (s: Loose) => void, string[]]>([
    ['a missing seed', (s) => delete s.seed, ["$: missing required property 'seed'"]],
    ['a missing faker version', (s) => delete s.versions.faker, ["$.versions: missing required property 'faker'"]],
    ['an unknown section', (s) => (s.extra = 1), ['$.extra: unexpected property']],
    [
      'a fourth source',
      (s) => (s.counts.crm = { records: 1, distinctEntities: 1 }),
      ['$.counts.crm: unexpected property'],
    ],
    [
      'a negative count',
      (s) => (s.counts.sales.records = -3),
      ['$.counts.sales.records: -3 is less than the minimum 0'],
    ],
    [
      'a rate above 1',
      (s) => (s.duplicates.leads.rate = 1.2),
      ['$.duplicates.leads.rate: 1.2 is more than the maximum 1'],
    ],
    ['a missing split', (s) => delete s.pairs.test, ["$.pairs: missing required property 'test'"]],
    [
      'negatives as one number',
      (s) => (s.pairs.train.negatives = 2800),
      ['$.pairs.train.negatives: expected object, got number'],
    ],
    [
      'a check without examples',
      (s) => delete s.validation.checks[0].examples,
      ["$.validation.checks[0]: missing required property 'examples'"],
    ],
    [
      'a check run nowhere known',
      (s) => (s.validation.checks[0].where = 'cloud'),
      ['$.validation.checks[0].where: "cloud" is not one of "block", "merge", "file"'],
    ],
    ['a warning that is not text', (s) => s.warnings.push(3), ['$.warnings[1]: expected string, got number']],
    ['a string timing', (s) => (s.timings.total = '3.6s'), ['$.timings.total: expected number, got string']],
    [
      'a null column share',
      (s) => (s.nulls.leads = { email: { count: 1, share: null } }),
      ['$.nulls.leads.email.share: expected number, got null'],
    ],
    [
      'a name-only share above 1',
      (s) => (s.difficulty.nameOnlyPositiveShare = 1.5),
      ['$.difficulty.nameOnlyPositiveShare: 1.5 is more than the maximum 1'],
    ],
    [
      'difficulty without its homonymy rate',
      (s) => delete s.difficulty.homonymyRate,
      ["$.difficulty: missing required property 'homonymyRate'"],
    ],
    ['an unknown difficulty figure', (s) => (s.difficulty.vibes = 3), ['$.difficulty.vibes: unexpected property']],
    [
      'a linearity without its feature',
      (s) => delete s.difficulty.linearity.feature,
      ["$.difficulty.linearity: missing required property 'feature'"],
    ],
    [
      'a fractional error count',
      (s) => (s.difficulty.randomForest.errorByKind.neg_random.errors = 0.5),
      ['$.difficulty.randomForest.errorByKind.neg_random.errors: expected integer, got number'],
    ],
    [
      'a gap below -1',
      (s) => (s.difficulty.nonLinearGap = -2),
      ['$.difficulty.nonLinearGap: -2 is less than the minimum -1'],
    ],
  ])('should reject %s', (_, spoil, errors) => {
    const summary = goodSummary() as unknown as Loose;
    spoil(summary);
    expect(validateAgainstSchema(summary, summarySchema)).toEqual(errors);
  });
});
