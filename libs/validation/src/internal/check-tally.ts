import type { ValidationCheck } from '../validation-report';

/** Most failure examples kept per check. */
export const MAX_EXAMPLES = 5;

/** Counts one check's results while rows stream past; keeps only the first examples. */
export class CheckTally {
  checked = 0;
  failed = 0;
  readonly examples: string[] = [];
  detail: Record<string, unknown> | undefined;

  constructor(readonly name: string) {}

  fail(example: string): void {
    this.failed++;
    if (this.examples.length < MAX_EXAMPLES) this.examples.push(example);
  }

  skip(reason: string): void {
    this.detail = { ...this.detail, skipped: reason };
  }

  toCheck(): ValidationCheck {
    const check: ValidationCheck = {
      name: this.name,
      ok: this.failed === 0,
      checked: this.checked,
      failed: this.failed,
      examples: [...this.examples],
    };
    if (this.detail) check.detail = this.detail;
    return check;
  }
}

/** `'value'` for messages: control characters escaped, long values cut. */
export function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return `'${shown.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}'`;
}
