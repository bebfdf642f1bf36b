import { GENERATE_OPTION_TABLE } from './generate-option-table';
import type { GenerateOptionName } from './generate-option-table';
import { checkOption } from './internal/check-option';

/**
 * Reads an option of {@link generateDataset} from text (a flag's value): numbers (`_` as a digit separator),
 * choices (any case), words. Throws the same `PipelineError` as the library's own check, quoting `text`.
 *
 * @example
 * parseOptionText('nLeads', '10_000'); // 10000
 * parseOptionText('seed', '-1'); // PipelineError: seed must be from 0 to 2,147,483,647 (got -1).
 */
export function parseOptionText(name: GenerateOptionName, text: string): number | string | boolean {
  const spec = GENERATE_OPTION_TABLE[name];
  if (spec.type === 'integer') {
    const digits = text.trim().replace(/_/g, '');
    return checkOption(name, /^-?\d+$/.test(digits) ? Number(digits) : NaN, text) as number;
  }
  if (spec.type === 'number') {
    const value = text.trim() === '' ? NaN : Number(text.trim());
    return checkOption(name, value, text) as number;
  }
  if (spec.type === 'boolean')
    return checkOption(name, text === 'true' ? true : text === 'false' ? false : text) as boolean;
  return checkOption(name, text) as string;
}
