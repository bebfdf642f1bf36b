import { summarySchema } from '@synth/validation';
import type { JsonSchema } from '@synth/validation';
import type { SynthSummary } from './synth-summary';

// Exhaustive at compile time (tools/typecheck.mjs): a key missing here, or one the type lacks, fails the type check.
const SUMMARY_KEYS: Record<keyof SynthSummary, true> = {
  seed: true,
  params: true,
  versions: true,
  counts: true,
  duplicates: true,
  overlap: true,
  confusers: true,
  shard: true,
  nulls: true,
  uniqueness: true,
  noise: true,
  noiseProfile: true,
  pairs: true,
  featureHistograms: true,
  smoke: true,
  validation: true,
  warnings: true,
  timings: true,
  threadTime: true,
  difficulty: true,
};
/** Keys a summary may lack (written before they existed); the schema lists them but does not require them. */
const OPTIONAL: (keyof SynthSummary)[] = ['difficulty'];
const VERSION_KEYS: Record<keyof SynthSummary['versions'], true> = {
  package: true,
  faker: true,
  schemaFileHash: true,
  featureVersion: true,
  features: true,
};
const OVERLAP_KEYS: Record<keyof SynthSummary['overlap'], true> = {
  target: true,
  perSource: true,
  overall: true,
  membership: true,
};
const PAIRS_KEYS: Record<keyof SynthSummary['pairs'], true> = {
  train: true,
  valid: true,
  test: true,
  total: true,
  negativeMix: true,
  randomFill: true,
  skippedPositives: true,
};

const section = (name: string): JsonSchema => summarySchema.properties?.[name] as JsonSchema;

describe('SynthSummary against summarySchema', () => {
  it('should have exactly the top-level keys the schema lists and requires, and the schema allow no other', () => {
    expect(Object.keys(SUMMARY_KEYS).sort()).toEqual(Object.keys(summarySchema.properties ?? {}).sort());
    const required = Object.keys(SUMMARY_KEYS).filter((k) => !OPTIONAL.includes(k as keyof SynthSummary));
    expect(required.sort()).toEqual([...(summarySchema.required ?? [])].sort());
    expect(summarySchema.additionalProperties).toBe(false);
  });

  it.each([
    ['versions', VERSION_KEYS],
    ['overlap', OVERLAP_KEYS],
    ['pairs', PAIRS_KEYS],
  ])('should have exactly the keys of %s the schema requires', (name, keys) => {
    expect(Object.keys(keys).sort()).toEqual([...(section(name).required ?? [])].sort());
  });
});
