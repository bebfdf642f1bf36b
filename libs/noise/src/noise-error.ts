/**
 * The one error class of `@synth/noise`: a bad noise profile. It names the file, the JSON path of
 * the bad entry, the bad value and what is allowed there.
 *
 * @example
 * try { parseNoiseProfile(text, 'noise.json'); }
 * catch (e) { if (e instanceof NoiseError) console.error(e.path, e.allowed); }
 */
export class NoiseError extends Error {
  override readonly name = 'NoiseError';

  constructor(
    message: string,
    /** The profile's file name as given by the caller. */
    readonly file: string,
    /** JSON path of the bad entry, e.g. `$.rates.typo` (`$` for the whole document). */
    readonly path: string,
    /** The offending value (for unparsable JSON: the parser's message). */
    readonly value: unknown,
    /** What would have been accepted there. */
    readonly allowed: string,
  ) {
    super(message);
  }
}
