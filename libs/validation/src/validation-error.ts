/**
 * The one error class of `@synth/validation`: misuse of the validators (bad options, unknown source).
 * Failed checks are not errors: they are reported in the {@link ValidationReport}.
 *
 * @example
 * throw new ValidationError("Unknown source 'crm'", { field: 'source', value: 'crm' });
 */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  /** The option or field concerned, e.g. `gates.negRatio`. */
  readonly field?: string;
  readonly value?: unknown;

  constructor(message: string, details: { field?: string; value?: unknown } = {}) {
    super(message);
    this.field = details.field;
    this.value = details.value;
  }
}
