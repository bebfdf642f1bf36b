import type { ReadmeFacts } from './export-result';
import { fmt, readmeNotes } from './readme-notes';

const PLAIN: Record<string, string> = {
  first_name: 'dedupe.variables.String("first_name", has_missing=True)',
  last_name: 'dedupe.variables.String("last_name", has_missing=True)',
  email: 'dedupe.variables.String("email", has_missing=True)',
  phone: 'dedupe.variables.Exact("phone", has_missing=True)',
  company: 'dedupe.variables.String("company", has_missing=True)',
  address: 'dedupe.variables.String("address", has_missing=True)',
  city: 'dedupe.variables.Exact("city", has_missing=True)',
  zip: 'dedupe.variables.Exact("zip", has_missing=True)',
};

/**
 * The README of a dedupe export: what `training.json` holds and how dedupe 3.x reads it, with
 * variables for the shared fields (exact-only on hashed ones).
 *
 * @example
 * dedupeReadme(facts, 900, 3600);
 */
export function dedupeReadme(facts: ReadmeFacts, match: number, distinct: number): string {
  const variables = Object.keys(PLAIN)
    .filter((c) => facts.shared.includes(c))
    .map((c) => `    ${facts.hashed.includes(c) ? `dedupe.variables.Exact("${c}", has_missing=True)` : PLAIN[c]},`);
  return `# synth export for dedupe

${readmeNotes(facts)}

\`training.json\` holds the **train** split of synth's labelled pairs: ${fmt(match)} \`match\` pairs (same entity) and
${fmt(distinct)} \`distinct\` pairs (hard negatives included), \`{"match": [[a, b], …], "distinct": [[a, b], …]}\`,
each side a whole record: \`unique_id\`, \`source_dataset\` and every column of its source, the shared ones under
their common names. Keep the valid and test splits (\`labels.csv\` of \`synth export --format splink\`) to measure.

## Using it (dedupe 3.x)

\`\`\`python
import json
import dedupe

with open("training.json") as f:
    training = json.load(f)
# data: {record_id: record} for the records to match, e.g. records.parquet of the Splink export
data = {r["unique_id"]: r for pair in training["match"] + training["distinct"] for r in pair}

variables = [
${variables.join('\n')}
]
deduper = dedupe.Dedupe(variables)
with open("training.json") as f:
    deduper.prepare_training(data, training_file=f)
deduper.train()
\`\`\`
`;
}
