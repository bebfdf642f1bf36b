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
      'seed', 'params', 'versions', 'counts', 'duplicates', 'overlap', 'confusers', 'shard', 'nulls', 'uniqueness',
      'noise', 'noiseProfile', 'pairs', 'featureHistograms', 'smoke', 'validation', 'warnings', 'timings', 'threadTime',
    ]);
    expect(summarySchema.additionalProperties).toBe(false);
  });

  it.each<[string, (s: Loose) => void, string[]]>([
    ['a missing seed', (s) => delete s.seed, ["$: missing required property 'seed'"]],
    ['a missing faker version', (s) => delete s.versions.faker, ["$.versions: missing required property 'faker'"]],
    ['an unknown section', (s) => (s.extra = 1), ['$.extra: unexpected property']],
    ['a fourth source', (s) => (s.counts.crm = { records: 1, distinctEntities: 1 }), ['$.counts.crm: unexpected property']],
    ['a negative count', (s) => (s.counts.sales.records = -3), ['$.counts.sales.records: -3 is less than the minimum 0']],
    ['a rate above 1', (s) => (s.duplicates.leads.rate = 1.2), ['$.duplicates.leads.rate: 1.2 is more than the maximum 1']],
    ['a missing split', (s) => delete s.pairs.test, ["$.pairs: missing required property 'test'"]],
    ['negatives as one number', (s) => (s.pairs.train.negatives = 2800), ['$.pairs.train.negatives: expected object, got number']],
    ['a check without examples', (s) => delete s.validation.checks[0].examples, ["$.validation.checks[0]: missing required property 'examples'"]],
    ['a warning that is not text', (s) => s.warnings.push(3), ['$.warnings[1]: expected string, got number']],
    ['a string timing', (s) => (s.timings.total = '3.6s'), ['$.timings.total: expected number, got string']],
    ['a null column share', (s) => (s.nulls.leads = { email: { count: 1, share: null } }), ['$.nulls.leads.email.share: expected number, got null']],
  ])('should reject %s', (_, spoil, errors) => {
    const summary = goodSummary() as unknown as Loose;
    spoil(summary);
    expect(validateAgainstSchema(summary, summarySchema)).toEqual(errors);
  });
});
