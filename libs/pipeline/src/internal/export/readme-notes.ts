import { FEATURE_VERSION } from '@synth/features';
import type { ReadmeFacts } from './export-result';

/** Numbers with thousands separators, as the stdout table prints them. */
export const fmt = (n: number): string => n.toLocaleString('en-US');

/**
 * The paragraphs every export README shares: where the data comes from, how ids and clusters relate to
 * `truth.csv`, and the PII mode (a hashed dataset says so first).
 *
 * @example
 * readmeNotes({ pii: 'plain', hashed: [], shared: ['email'], uniqueIdRule: 'unique_id is the source id' });
 */
export function readmeNotes(facts: ReadmeFacts): string {
  const hashed = facts.hashed.map((c) => `\`${c}\``).join(', ');
  const pii =
    facts.pii === 'hashed'
      ? `**PII is hashed.** This dataset was generated with \`--pii hashed\`: ${hashed} ` +
        'hold hex `sha256(salt + value)`, exported as they are. Only exact comparisons mean anything on them ' +
        '(two values are equal or not); fuzzy comparisons (Jaro-Winkler, Levenshtein, phonetic) do not. The pair ' +
        "labels and synth's cached features (computed before hashing, " +
        `@synth/features ${FEATURE_VERSION}) are unaffected.`
      : 'PII is plain (the dataset was generated with `--pii plain`).';
  return [
    pii,
    '',
    `Ids: ${facts.uniqueIdRule}. \`source_dataset\` is the source (\`leads\`, \`sales\`, \`financial\`).`,
    'Columns shared by the three sources, named alike (`account` → `company`, `billing_address` → `address`): ' +
      facts.shared.map((c) => `\`${c}\``).join(', ') +
      '.',
    'Empty values are missing values (null in parquet and JSON, an empty field in CSV).',
  ].join('\n');
}
