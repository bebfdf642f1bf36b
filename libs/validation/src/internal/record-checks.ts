import { quote } from './check-tally';
import type { SourcePlan } from './record-plan';

/**
 * Runs the value checks of `plan` on one record (empty values are nulls and skipped). `at` names the
 * record in failure messages, e.g. `line 17` or `id 'L1'`; it is called only when a check fails.
 */
export function checkValues(plan: SourcePlan, row: Record<string, string>, at: () => string): void {
  for (const { column, tally: t, rule } of plan.checks) {
    const value = row[column];
    if (value === undefined || value === '') continue;
    t.checked++;
    const problem = rule(value, row);
    if (problem !== null) t.fail(`${plan.file} ${at()}: ${column} ${quote(value)} ${problem}`);
  }
}
