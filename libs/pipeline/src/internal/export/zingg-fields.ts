import type { ReadmeFacts } from './export-result';

/** Zingg match types for the shared columns when their values are plain. */
const PLAIN: Record<string, string> = {
  first_name: 'fuzzy',
  last_name: 'fuzzy',
  email: 'email',
  phone: 'exact',
  company: 'fuzzy',
  address: 'fuzzy',
  city: 'fuzzy',
  state: 'exact',
  zip: 'exact',
  country: 'exact',
};

/**
 * The Zingg configuration that fits `training-samples.csv`: `fieldDefinition` for every column of the file
 * (`unique_id` and `source_dataset` "dont_use", hashed columns "exact") and a `trainingSamples` pipe that reads
 * the file with its header.
 *
 * @example
 * zinggFields(facts, ['unique_id', 'source_dataset', 'email']).fieldDefinition[2];
 * // { fieldName: 'email', matchType: 'email', fields: 'email', dataType: 'string' }
 */
export function zinggFields(facts: ReadmeFacts, columns: readonly string[]) {
  const matchType = (c: string) => (!(c in PLAIN) ? 'dont_use' : facts.hashed.includes(c) ? 'exact' : PLAIN[c]);
  const schemaFields = ['z_cluster', 'z_isMatch', ...columns].map((name) => ({
    name,
    type: name === 'z_isMatch' ? 'integer' : 'string',
    nullable: name !== 'z_cluster' && name !== 'z_isMatch',
    metadata: {},
  }));
  return {
    fieldDefinition: columns.map((c) => ({ fieldName: c, matchType: matchType(c), fields: c, dataType: 'string' })),
    trainingSamples: [
      {
        name: 'synthTrainingSamples',
        format: 'csv',
        props: { location: 'training-samples.csv', delimiter: ',', header: true },
        schema: JSON.stringify({ type: 'struct', fields: schemaFields }),
      },
    ],
  };
}
