import type { ReadmeFacts } from './export-result';
import { fmt, readmeNotes } from './readme-notes';
import type { zinggFields } from './zingg-fields';

/**
 * The README of a Zingg export: the training samples, and the field definitions that match them.
 *
 * @example
 * zinggReadme(facts, zinggFields(facts, columns), 4500, 900);
 */
export function zinggReadme(
  facts: ReadmeFacts,
  fields: ReturnType<typeof zinggFields>,
  pairs: number,
  matches: number,
): string {
  return `# synth export for Zingg

${readmeNotes(facts)}

\`training-samples.csv\` holds the **train** split of synth's labelled pairs: ${fmt(pairs)} pairs as
${fmt(2 * pairs)} rows, the two records of a pair sharing \`z_cluster\`, with \`z_isMatch\` 1 (same entity,
${fmt(matches)} pairs) or 0 (${fmt(pairs - matches)} pairs, hard negatives included), then \`unique_id\`,
\`source_dataset\` and the shared columns.

\`zingg-fields.json\` holds the matching \`fieldDefinition\` and a \`trainingSamples\` pipe that reads the CSV with
its header; merge both into your Zingg config (its \`data\` pipe reads your records with the same columns, e.g.
\`records.csv\` of \`synth export --format splink\` without \`cluster_id\`). The field definitions:

\`\`\`json
${JSON.stringify({ fieldDefinition: fields.fieldDefinition }, null, 2)}
\`\`\`
`;
}
