import { Option } from 'clipanion';
import { GENERATE_OPTION_TABLE, parseOptionText } from '@synth/pipeline';
import type { GenerateDatasetOptions, GenerateOptionName, OptionSpec, PipelineError } from '@synth/pipeline';

/** The flag of an option: `pairsOut` → `--pairs-out`. */
export const flagOf = (name: string): string => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

const limit = (spec: OptionSpec, v: number | undefined) =>
  spec.type === 'integer' ? (v ?? 0).toLocaleString('en-US') : String(v);

/** An option's help line, from its table entry: description, limits, default. */
export function describeOption(spec: OptionSpec): string {
  const limits = spec.min === undefined ? '' : `, ${limit(spec, spec.min)}–${limit(spec, spec.max)}`;
  const fallback = spec.defaultText ?? (spec.default === null ? undefined : String(spec.default));
  return `${spec.description}${limits}${fallback === undefined ? '' : ` (default: ${fallback})`}`;
}

/** The value name each flag shows in help (`--seed <n>`), from the option table and `extra`. */
export const VALUE_NAMES: Record<string, string> = Object.fromEntries(
  Object.entries(GENERATE_OPTION_TABLE).flatMap(([name, spec]: [string, OptionSpec]) =>
    spec.valueName ? [[flagOf(name), spec.valueName]] : [],
  ),
);

/** Clipanion options for the table entries `names`, named after their flags; assign them to a command. */
export function tableOptions(names: readonly GenerateOptionName[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const spec: OptionSpec = GENERATE_OPTION_TABLE[name];
    const description = describeOption(spec);
    const flag = flagOf(name);
    out[name] = spec.type === 'boolean' ? Option.Boolean(flag, { description }) : Option.String(flag, { description });
  }
  return out;
}

/** The typed options from a command's parsed flags (absent flags left out); bad values throw `PipelineError`. */
export function readOptions(parsed: object, names: readonly GenerateOptionName[]): GenerateDatasetOptions {
  const values = parsed as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const v = values[name];
    if (v !== undefined) out[name] = typeof v === 'boolean' ? v : parseOptionText(name, String(v));
  }
  return out as GenerateDatasetOptions;
}

/** A pipeline error's message naming the flag instead of the option: `--n-leads must be …`. */
export function flagMessage(error: PipelineError): string {
  return error.option === undefined ? error.detail : `${flagOf(error.option)}${error.detail}`;
}
