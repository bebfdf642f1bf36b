import { GENERATE_OPTION_TABLE } from '../generate-option-table';
import type { GenerateOptionName, OptionSpec } from '../generate-option-table';
import { PipelineError } from '../pipeline-error';

const limit = (spec: OptionSpec, v: number | undefined) =>
  spec.type === 'integer' ? (v ?? 0).toLocaleString('en-US') : String(v);
const range = (spec: OptionSpec) => `from ${limit(spec, spec.min)} to ${limit(spec, spec.max)}`;

/** The input error of option `name`: `${name}${detail}` (the CLI names the flag instead). */
export function optionError(name: string, detail: string): PipelineError {
  return new PipelineError('input', detail, { option: name });
}

/**
 * Checks a typed value against the option's table entry and returns it (a choice in its table spelling).
 * `shown` is how the value is quoted in the message (the flag's text, for a CLI).
 */
export function checkOption(name: GenerateOptionName, value: unknown, shown = String(value)): unknown {
  const spec: OptionSpec = GENERATE_OPTION_TABLE[name];
  switch (spec.type) {
    case 'integer':
    case 'number': {
      const whole = spec.type === 'integer';
      if (typeof value !== 'number' || !Number.isFinite(value) || (whole && !Number.isInteger(value))) {
        throw optionError(name, ` must be a ${whole ? 'whole number' : 'number'} ${range(spec)} (got "${shown}").`);
      }
      if (value < (spec.min ?? -Infinity) || value > (spec.max ?? Infinity)) {
        throw optionError(name, ` must be ${range(spec)} (got ${shown}).`);
      }
      return value;
    }
    case 'choice': {
      const hit = spec.choices?.find(
        (c) => typeof value === 'string' && c.toLowerCase() === value.trim().toLowerCase(),
      );
      if (hit === undefined) throw optionError(name, ` must be one of ${spec.choices?.join(', ')} (got "${shown}").`);
      return hit;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw optionError(name, ` must be true or false (got "${shown}").`);
      return value;
    default:
      if (typeof value !== 'string') throw optionError(name, ` must be a string (got "${shown}").`);
      return value;
  }
}
