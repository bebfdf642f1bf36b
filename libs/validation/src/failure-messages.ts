import type { ValidationReport } from './validation-report';

/**
 * One line per failed check, naming it, for the CLI's error output; `[]` when the report is ok.
 *
 * @example
 * failureMessages(report);
 * // ["validation check unique_ids failed (1 of 3000): leads.csv line 9: id 'L0000001' is not unique"]
 */
export function failureMessages(report: ValidationReport): string[] {
  return report.checks
    .filter((c) => !c.ok)
    .map((c) => {
      const more = c.failed > c.examples.length ? ` (+${c.failed - c.examples.length} more)` : '';
      return `validation check ${c.name} failed (${c.failed} of ${c.checked}): ${c.examples.join('; ')}${more}`;
    });
}
