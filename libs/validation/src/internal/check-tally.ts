import type { ValidationCheck } from '../validation-report';

/** Most failure examples kept per check. */
export const MAX_EXAMPLES = 5;

/** One check's counts over part of a dataset (e.g. one block), to be merged. */
export interface CheckPart {
  name: string;
  checked: number;
  failed: number;
  /** At most {@link MAX_EXAMPLES}. */
  examples: string[];
}

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

  /** Adds another tally's counts of the same check; its examples follow this one's, up to the limit. */
  merge(part: CheckPart): void {
    this.checked += part.checked;
    this.failed += part.failed;
    for (const e of part.examples) if (this.examples.length < MAX_EXAMPLES) this.examples.push(e);
  }

  /** The counts as plain data, e.g. to post from a worker thread. */
  toPart(): CheckPart {
    return { name: this.name, checked: this.checked, failed: this.failed, examples: [...this.examples] };
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
