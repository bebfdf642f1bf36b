import type { ValidationReport } from '@synth/validation';

/** One line per check: `ok`/`FAIL`, name, counts and the first example of a failure. */
export function formatChecks(report: ValidationReport): string {
  const width = Math.max(...report.checks.map((c) => c.name.length));
  const lines = report.checks.map((c) => {
    const skipped = c.detail && 'skipped' in c.detail ? ` (skipped: ${String(c.detail['skipped'])})` : '';
    const example = !c.ok && c.examples[0] ? ` — e.g. ${c.examples[0]}` : '';
    const counts = `${c.checked.toLocaleString('en-US')} checked, ${c.failed.toLocaleString('en-US')} failed`;
    return `${c.ok ? 'ok  ' : 'FAIL'}  ${c.name.padEnd(width)}  ${counts}${skipped}${example}`;
  });
  const passed = report.checks.filter((c) => c.ok).length;
  return `${lines.join('\n')}\n${passed}/${report.checks.length} checks passed\n`;
}
