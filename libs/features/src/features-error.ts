/**
 * The one error class of `@synth/features`: thrown only for invalid arguments (never for odd data,
 * which the normalisers and similarities accept and map to `null`/`''`/0).
 *
 * @example
 * try { jaroWinkler('a', 'b', { prefixScale: 0.5 }); } catch (e) { (e as FeaturesError).option; } // 'prefixScale'
 */
export class FeaturesError extends Error {
  override name = 'FeaturesError';

  constructor(
    message: string,
    /** The option or argument that was rejected, e.g. `prefixScale`. */
    readonly option: string,
    /** The rejected value. */
    readonly value: unknown,
  ) {
    super(message);
  }
}
