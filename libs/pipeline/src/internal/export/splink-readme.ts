import type { Split } from '@synth/features';
import type { Source } from '@synth/features';
import type { ReadmeFacts } from './export-result';
import { fmt, readmeNotes } from './readme-notes';

/** Splink 4 comparisons for plain values (after the preprocessing lines of the README). */
const PLAIN: Record<string, string> = {
  first_name: 'cl.NameComparison("first_name")',
  last_name: 'cl.NameComparison("last_name")',
  email: 'cl.EmailComparison("email")',
  phone: 'cl.ExactMatch("phone_digits")',
  company: 'cl.JaroWinklerAtThresholds("company", [0.9, 0.7])',
  address: 'cl.JaroWinklerAtThresholds("address", [0.9, 0.8])',
  city: 'cl.ExactMatch("city")',
  zip: 'cl.ExactMatch("zip_norm")',
};

function comparisons(facts: ReadmeFacts): string[] {
  return Object.keys(PLAIN)
    .filter((c) => facts.shared.includes(c))
    .map((c) => (facts.hashed.includes(c) ? `cl.ExactMatch("${c}")` : PLAIN[c]));
}

function preprocessing(facts: ReadmeFacts): string[] {
  const lines: string[] = [];
  const plain = (c: string) => facts.shared.includes(c) && !facts.hashed.includes(c);
  const lower = ['first_name', 'last_name', 'email', 'company', 'address', 'city'].filter(plain);
  if (lower.length) {
    lines.push(`for c in [${lower.map((c) => `"${c}"`).join(', ')}]:`, '    records[c] = records[c].str.lower()');
  }
  if (plain('phone')) {
    lines.push('records["phone_digits"] = records["phone"].str.replace(r"\\D", "", regex=True).str[-10:]');
  } else if (facts.shared.includes('phone')) {
    lines.push('records["phone_digits"] = records["phone"]  # hashed: compared as is');
  }
  if (plain('zip')) {
    lines.push('records["zip_norm"] = records["zip"].str.upper().str.replace(" ", "").str.split("-").str[0]');
  }
  return lines;
}

function blockingRules(facts: ReadmeFacts): string[] {
  const has = (c: string) => facts.shared.includes(c);
  const rules: string[] = [];
  if (has('email')) rules.push('block_on("email")');
  if (has('phone')) rules.push('block_on("phone_digits")');
  if (has('zip') && has('last_name')) rules.push('block_on("zip_norm", "last_name")');
  if (has('first_name') && has('last_name')) rules.push('block_on("first_name", "last_name")');
  return rules;
}

/**
 * The README of a Splink export: the files, the Splink 4 settings that fit them (`link_type`
 * "link_and_dedupe", comparisons and blocking rules on the shared columns, exact-only on hashed ones) and
 * how to check a model against `labels.csv` and `cluster_id`.
 *
 * @example
 * splinkReadme(facts, { leads: 1000, sales: 1000, financial: 1000 }, { train: 4500, valid: 1000, test: 995 });
 */
export function splinkReadme(
  facts: ReadmeFacts,
  records: Record<Source, number>,
  pairs: Record<Split, number>,
): string {
  const total = records.leads + records.sales + records.financial;
  const perSource = `leads ${fmt(records.leads)}, sales ${fmt(records.sales)}, financial ${fmt(records.financial)}`;
  const perSplit = `train ${fmt(pairs.train)}, valid ${fmt(pairs.valid)}, test ${fmt(pairs.test)}`;
  const recordsRow =
    `| \`records.parquet\`, \`records.csv\` | ${fmt(total)} records (${perSource}): ` +
    '`unique_id`, `source_dataset`, `cluster_id`, then the shared columns |';
  const labelsRow =
    `| \`labels.csv\` | ${fmt(pairs.train + pairs.valid + pairs.test)} labelled pairs (${perSplit}): ` +
    '`source_dataset_l, unique_id_l, source_dataset_r, unique_id_r, clerical_match_score` ' +
    "(= synth's `y`: 1 same entity, 0 not), plus `split` and `pair_kind` |";
  const indent = (lines: string[], n: number) => lines.map((l) => `${' '.repeat(n)}${l},`).join('\n');
  return `# synth export for Splink

${readmeNotes(facts)}

| file | content |
| --- | --- |
${recordsRow}
${labelsRow}

\`cluster_id\` is the record's \`entity_id\` in \`truth.csv\`: two records with the same \`cluster_id\` are the same
real-world entity (across or within sources). The labels are synth's pairs, hard negatives included; use the
\`test\` split to measure, as synth's splits share no record and no entity.

## Splink settings (Splink 4)

\`\`\`python
import pandas as pd
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

records = pd.read_parquet("records.parquet")
${preprocessing(facts).join('\n')}

settings = SettingsCreator(
    link_type="link_and_dedupe",
    unique_id_column_name="unique_id",
    source_dataset_column_name="source_dataset",
    comparisons=[
${indent(comparisons(facts), 8)}
    ],
    blocking_rules_to_generate_predictions=[
${indent(blockingRules(facts), 8)}
    ],
)
sources = ["leads", "sales", "financial"]
frames = [records[records["source_dataset"] == s] for s in sources]
linker = Linker(frames, settings, db_api=DuckDBAPI(), input_table_aliases=sources)
linker.training.estimate_u_using_random_sampling(max_pairs=1e6)
linker.training.estimate_parameters_using_expectation_maximisation(block_on("first_name", "last_name"))
predictions = linker.inference.predict(threshold_match_probability=0.5)

# Accuracy against synth's labels (test split) and against the true clusters
labels = pd.read_csv("labels.csv", dtype=str)
test = labels[labels["split"] == "test"].astype({"clerical_match_score": float})
labels_table = linker.table_management.register_labels_table(test[["source_dataset_l", "unique_id_l",
    "source_dataset_r", "unique_id_r", "clerical_match_score"]])
linker.evaluation.accuracy_analysis_from_labels_table(labels_table, output_type="table")
linker.evaluation.accuracy_analysis_from_labels_column("cluster_id", output_type="table")
\`\`\`
`;
}
