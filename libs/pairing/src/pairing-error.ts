/**
 * The one error class of @synth/pairing: a bad option or bad input, with the offending field,
 * its value and what is allowed.
 *
 * @example
 * try { buildPairs(records, { seed: 42, negRatio: 9 }); }
 * catch (e) { if (e instanceof PairingError) console.error(e.field, e.value, e.allowed); }
 */
export class PairingError extends Error {
  override readonly name = 'PairingError';

  constructor(
    message: string,
    /** The option or input field at fault, e.g. `negRatio` or `records[3].id`. */
    readonly field: string,
    /** The value that was given. */
    readonly value: unknown,
    /** What would have been accepted, e.g. `3..5`. */
    readonly allowed: string,
  ) {
    super(message);
  }
}
